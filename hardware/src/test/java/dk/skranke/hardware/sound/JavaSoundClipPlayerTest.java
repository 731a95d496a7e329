package dk.skranke.hardware.sound;

import dk.skranke.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;

class JavaSoundClipPlayerTest {

    private static final Phrase SHORT = new Phrase(Language.DA, List.of("p"), "P");

    @Test
    void without_an_audio_line_the_player_reports_unavailable_and_playing_returns_quietly() {
        // given an output with no line, like a server without a sound card
        JavaSoundClipPlayer player = new JavaSoundClipPlayer(format -> {
            throw new LineUnavailableException("no sound card");
        });

        // when a call is played
        assertThatCode(() -> player.play(CallPhrase.of(Call.danish("P17", "3")))).doesNotThrowAnyException();

        // then the status says so
        assertThat(player.status().state()).isEqualTo(SoundStatus.State.UNAVAILABLE);
        assertThat(player.status().detail()).contains("no sound card");
    }

    @Test
    void on_this_machine_the_default_player_either_plays_or_reports_unavailable_and_never_throws() {
        // given the real default output of this machine (the build machine has no sound card)
        boolean hasLine = AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, JavaSoundClipPlayer.FORMAT));
        JavaSoundClipPlayer player = new JavaSoundClipPlayer();

        // when a short clip is played
        assertThatCode(() -> player.play(SHORT)).doesNotThrowAnyException();

        // then without a line the status is unavailable; with one, playing returned after draining
        if (hasLine) {
            assertThat(player.status().state()).isIn(SoundStatus.State.OK, SoundStatus.State.UNAVAILABLE);
        } else {
            assertThat(player.status().state()).isEqualTo(SoundStatus.State.UNAVAILABLE);
        }
    }

    @Test
    void a_phrase_is_written_as_one_buffer_of_all_its_clips_and_the_line_is_drained_and_closed() {
        // given a working fake line
        FakeSourceLine line = new FakeSourceLine();
        JavaSoundClipPlayer player = new JavaSoundClipPlayer(format -> line.proxy());
        Phrase phrase = CallPhrase.of(Call.english("P17", "3"));

        // when the phrase is played
        player.play(phrase);

        // then every clip's bytes went out, then drain and close, and the status is ok
        assertThat(line.written()).isEqualTo(player.pcmOf(phrase).length).isPositive();
        assertThat(line.events()).endsWith("drain", "close");
        assertThat(player.status().isOk()).isTrue();
    }

    @Test
    void when_the_sound_card_comes_back_the_next_call_is_heard_again() {
        // given a player that started without a line
        AtomicBoolean plugged = new AtomicBoolean(false);
        FakeSourceLine line = new FakeSourceLine();
        JavaSoundClipPlayer player = new JavaSoundClipPlayer(format -> {
            if (!plugged.get()) {
                throw new IllegalArgumentException("No line matching interface SourceDataLine");
            }
            return line.proxy();
        });
        player.play(SHORT);
        assertThat(player.status().isOk()).isFalse();

        // when the line appears and another call is played
        plugged.set(true);
        player.play(SHORT);

        // then it is written and the status recovers
        assertThat(line.written()).isPositive();
        assertThat(player.status().isOk()).isTrue();
    }
}
