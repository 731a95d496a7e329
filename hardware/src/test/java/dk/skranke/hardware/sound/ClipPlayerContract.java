package dk.skranke.hardware.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** What every ClipPlayer promises; subclasses run it against the simulator and the Java Sound player. */
abstract class ClipPlayerContract {

    /** A player that can be heard (for the real one: over a fake line). */
    abstract ClipPlayer workingPlayer();

    /** What the player recorded as played so far, in bytes or phrases; grows with every play. */
    abstract int playedSoFar();

    @Test
    void a_working_player_reports_ok_and_plays_a_danish_and_an_english_call() {
        // given
        ClipPlayer player = workingPlayer();
        assertThat(player.status().isOk()).isTrue();

        // when
        player.play(CallPhrase.of(Call.danish("P017", "3")));
        int afterFirst = playedSoFar();
        player.play(CallPhrase.of(Call.english("Z999", "20")));

        // then both were played and the status stays ok
        assertThat(afterFirst).isPositive();
        assertThat(playedSoFar()).isGreaterThan(afterFirst);
        assertThat(player.status().isOk()).isTrue();
    }

    @Test
    void closing_a_player_twice_does_not_throw() {
        ClipPlayer player = workingPlayer();

        assertThatCode(() -> {
            player.close();
            player.close();
        }).doesNotThrowAnyException();
    }
}
