package dk.skranke.hardware.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnnouncementQueueTest {

    private final RecordingClipPlayer player = new RecordingClipPlayer();
    private AnnouncementQueue announcer;

    @AfterEach
    void closeAnnouncer() {
        for (int i = 0; i < 20; i++) {
            player.release(i);
        }
        if (announcer != null) {
            announcer.close();
        }
    }

    @Test
    void three_desks_calling_within_one_second_give_three_announcements_one_after_another_never_overlapping() {
        // given an announcer whose first announcement is still playing
        announcer = AnnouncementQueue.start(player);
        announcer.announce(Call.danish("P017", "1"));
        await().atMost(Duration.ofSeconds(5)).until(() -> player.started() == 1);

        // when two more desks call while it plays
        announcer.announce(Call.danish("P018", "2"));
        announcer.announce(Call.danish("P019", "3"));

        // then nothing else starts while the first is still playing
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> player.started() == 1);
        assertThat(announcer.waiting()).isEqualTo(2);

        // and when each announcement is allowed to finish, the next follows it
        for (int i = 0; i < 3; i++) {
            player.release(i);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> player.finished().size() == 3);
        List<RecordingClipPlayer.Play> plays = player.finished();
        assertThat(plays).extracting(p -> p.phrase().text())
                .containsExactly("Nummer P17, skranke 1", "Nummer P18, skranke 2", "Nummer P19, skranke 3");
        for (int i = 1; i < plays.size(); i++) {
            assertThat(plays.get(i).startTick()).as("start of play %d after end of play %d", i, i - 1)
                    .isGreaterThan(plays.get(i - 1).endTick());
        }
        assertThat(player.maxConcurrent()).isEqualTo(1);
    }

    @Test
    void announce_returns_at_once_even_while_a_call_is_playing() {
        // given an announcer stuck in a long announcement
        announcer = AnnouncementQueue.start(player);
        announcer.announce(Call.danish("A1", "1"));
        await().atMost(Duration.ofSeconds(5)).until(() -> player.started() == 1);

        // when another call is announced (this thread would block here if announce waited)
        announcer.announce(Call.english("A2", "2"));

        // then it is queued, not played
        assertThat(announcer.waiting()).isEqualTo(1);
        assertThat(player.finished()).isEmpty();
    }

    @Test
    void when_more_calls_wait_than_the_capacity_the_oldest_waiting_call_is_dropped() {
        // given an announcer holding two waiting calls, busy with a first one
        announcer = AnnouncementQueue.start(player, 2);
        announcer.announce(Call.danish("A1", "1"));
        await().atMost(Duration.ofSeconds(5)).until(() -> player.started() == 1);

        // when three more calls arrive
        announcer.announce(Call.danish("A2", "2"));
        announcer.announce(Call.danish("A3", "3"));
        announcer.announce(Call.danish("A4", "4"));
        for (int i = 0; i < 3; i++) {
            player.release(i);
        }

        // then the oldest waiting (A2) is dropped and the rest play in order
        await().atMost(Duration.ofSeconds(5)).until(() -> player.finished().size() == 3);
        assertThat(player.finishedTexts())
                .containsExactly("Nummer A1, skranke 1", "Nummer A3, skranke 3", "Nummer A4, skranke 4");
    }

    @Test
    void a_player_failure_does_not_stop_the_calls_after_it() {
        // given a player that fails on the first announcement
        player.failOn(0, new IllegalStateException("line vanished"));
        player.release(0);
        player.release(1);
        announcer = AnnouncementQueue.start(player);

        // when two calls are announced
        announcer.announce(Call.danish("B1", "1"));
        announcer.announce(Call.danish("B2", "2"));

        // then the second is still played
        await().atMost(Duration.ofSeconds(5)).until(() -> player.finished().size() == 2);
        assertThat(player.finishedTexts()).last().isEqualTo("Nummer B2, skranke 2");
    }

    @Test
    void after_close_the_status_is_closed_and_calls_are_ignored() {
        // given a running announcer
        SimulatedClipPlayer simulated = new SimulatedClipPlayer();
        AnnouncementQueue closing = AnnouncementQueue.start(simulated);
        assertThat(closing.status().isOk()).isTrue();

        // when it is closed and then called
        closing.close();
        closing.announce(Call.danish("C1", "1"));

        // then nothing is said and the status says why
        assertThat(closing.status().state()).isEqualTo(SoundStatus.State.CLOSED);
        assertThat(closing.waiting()).isZero();
        assertThat(simulated.spoken()).isEmpty();
    }

    @Test
    void await_idle_returns_only_after_the_last_queued_call_has_been_played() throws Exception {
        // given two calls queued, the first still playing
        announcer = AnnouncementQueue.start(player);
        announcer.announce(Call.danish("D1", "1"));
        announcer.announce(Call.danish("D2", "2"));
        await().atMost(Duration.ofSeconds(5)).until(() -> player.started() == 1);

        // when only the first is allowed to finish, the announcer is not idle yet
        player.release(0);
        boolean idleEarly = announcer.awaitIdle(Duration.ofMillis(200));

        // then after the second finishes it is
        player.release(1);
        assertThat(idleEarly).isFalse();
        assertThat(announcer.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(player.finished()).hasSize(2);
    }
}
