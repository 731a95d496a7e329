package dk.skranke.hardware.buttons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebouncerTest {
    private static final Duration WINDOW = Duration.ofMillis(30);
    private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

    /** Feeds "P@ms" (pressed) and "R@ms" (released) edges and returns the times that started a press. */
    private static List<Long> pressesFor(Debouncer debouncer, String edges) {
        List<Long> presses = new ArrayList<>();
        for (String edge : edges.trim().split("\\s+")) {
            long ms = Long.parseLong(edge.substring(2));
            if (debouncer.edge(edge.charAt(0) == 'P', T0.plusMillis(ms))) {
                presses.add(ms);
            }
        }
        return presses;
    }

    private static List<Long> pressesFor(String edges) {
        return pressesFor(Debouncer.released(WINDOW), edges);
    }

    @Test
    void a_single_clean_press_gives_one_press_at_its_first_edge() {
        // given a released contact, when it closes and opens cleanly
        List<Long> presses = pressesFor("P@0 R@120");
        // then one press, reported at once
        assertThat(presses).containsExactly(0L);
    }

    @Test
    void bounces_inside_the_window_when_pressing_give_one_press() {
        // given a contact that chatters for 6 ms as it closes
        List<Long> presses = pressesFor("P@0 R@1 P@2 R@4 P@5 R@6 P@6 R@150");
        // then one press
        assertThat(presses).containsExactly(0L);
    }

    @Test
    void bounces_when_releasing_do_not_count_as_a_new_press() {
        // given a press held for 200 ms that chatters as it opens
        List<Long> presses = pressesFor("P@0 R@200 P@202 R@205 P@207 R@209");
        // then still one press
        assertThat(presses).containsExactly(0L);
    }

    @Test
    void a_long_hold_gives_one_press() {
        // given a button held for ten seconds, with the same level reported again and again
        Debouncer debouncer = Debouncer.released(WINDOW);
        List<Long> presses = pressesFor(debouncer, "P@0 P@1000 P@5000 P@10000 R@10000");
        // then one press
        assertThat(presses).containsExactly(0L);
    }

    @Test
    void two_presses_further_apart_than_the_window_give_two_presses() {
        // given two quick taps 100 ms apart, with rest between them longer than the window
        List<Long> presses = pressesFor("P@0 R@40 P@140 R@180");
        // then two presses
        assertThat(presses).containsExactly(0L, 140L);
    }

    @Test
    void a_second_press_after_resting_exactly_the_window_counts() {
        // given the contact rested released exactly one window
        List<Long> presses = pressesFor("P@0 R@50 P@80");
        // then the second closing is a new press
        assertThat(presses).containsExactly(0L, 80L);
    }

    @Test
    void a_second_closing_one_millisecond_before_the_window_ends_is_a_bounce() {
        // given the contact rested released 29 ms, one less than the window
        List<Long> presses = pressesFor("P@0 R@50 P@79");
        // then no second press
        assertThat(presses).containsExactly(0L);
    }

    @Test
    void bouncy_presses_repeated_give_one_press_each() {
        // given three presses, each bouncing on closing and opening, 250 ms apart
        List<Long> presses = pressesFor("P@0 R@2 P@3 R@90 P@92 R@93"
                + " P@250 R@251 P@253 R@340 P@341 R@345"
                + " P@500 R@504 P@505 R@600");
        // then exactly three presses
        assertThat(presses).containsExactly(0L, 250L, 500L);
    }

    @Test
    void a_button_already_held_at_start_up_is_not_a_press() {
        // given a button read as pressed when watching starts
        Debouncer debouncer = Debouncer.startingAt(true, T0, WINDOW);
        // when it is let go with a bounce, and pressed again after a rest
        List<Long> presses = pressesFor(debouncer, "P@10 R@100 P@103 R@105 P@200");
        // then neither the hold nor the bounce counts, only the later press
        assertThat(presses).containsExactly(200L);
    }

    @Test
    void a_clock_stepping_backwards_never_doubles_a_press() {
        // given a press, a release and a bounce stamped earlier than the release (clock adjusted)
        List<Long> presses = pressesFor("P@1000 R@1100 P@500");
        // then the bounce is not a second press
        assertThat(presses).containsExactly(1000L);
    }

    @Test
    void a_release_alone_never_gives_a_press() {
        // given a released debouncer, when only release levels arrive
        List<Long> presses = pressesFor("R@0 R@100 R@200");
        // then nothing
        assertThat(presses).isEmpty();
    }
}
