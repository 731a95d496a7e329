package dk.skranke.hardware.sound;

import dk.skranke.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClipResourcesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_clip_a_call_can_need_is_committed_as_a_resource(Language language) {
        // given every letter A-Z with every number 0-999, and desks 1-20
        Set<String> needed = new TreeSet<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            for (int number = 0; number <= 999; number++) {
                needed.addAll(CallPhrase.clips(letter + String.valueOf(number), "1", language));
            }
        }
        for (int desk = 1; desk <= 20; desk++) {
            needed.addAll(CallPhrase.clips("P1", String.valueOf(desk), language));
        }

        // when each clip is looked up on the classpath
        Set<String> missing = new TreeSet<>();
        for (String clip : needed) {
            if (getClass().getClassLoader().getResource(ClipResources.resourceOf(language, clip)) == null) {
                missing.add(clip);
            }
        }

        // then none is missing
        assertThat(needed).contains("chime", "a", "z");
        assertThat(missing).as("clips missing for %s", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_committed_clip_has_the_format_the_player_expects(Language language) throws Exception {
        // given the clips of a call using many different words
        for (String clip : CallPhrase.clips("XYZ987", "123", language)) {
            // when the clip is opened
            try (AudioInputStream in = AudioSystem.getAudioInputStream(
                    getClass().getClassLoader().getResource(ClipResources.resourceOf(language, clip)))) {
                // then it is 16 kHz mono 16-bit PCM and not empty
                assertThat(in.getFormat().matches(JavaSoundClipPlayer.FORMAT)).as(clip).isTrue();
                assertThat(in.getFrameLength()).as(clip).isPositive();
            }
        }
    }

    @Test
    void the_chime_is_shared_and_words_live_in_their_language_folder() {
        assertThat(ClipResources.resourceOf(Language.EN, "chime")).isEqualTo("dk/skranke/hardware/sound/chime.wav");
        assertThat(ClipResources.resourceOf(Language.DA, "sytten")).isEqualTo("dk/skranke/hardware/sound/da/sytten.wav");
    }
}
