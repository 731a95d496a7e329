package dk.skranke.hardware.buttons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeskButtons} must do; run against the simulator and the GPIO driver on the pi4j mock. */
abstract class DeskButtonsContract {

    /** A DeskButtons under test plus a way to press one of its buttons the way a person would. */
    interface Rig extends AutoCloseable {
        DeskButtons buttons();

        void pressAndRelease(String deskId, ButtonAction action);

        @Override
        void close();
    }

    static final ButtonMapping MAPPING = ButtonMapping.of(List.of(
            ButtonBinding.of(17, "3", "next"),
            ButtonBinding.of(27, "3", "recall"),
            ButtonBinding.of(22, "4", "next")));

    protected final TestClock clock = TestClock.atNoon();
    private final List<ButtonPress> received = new CopyOnWriteArrayList<>();
    private Rig rig;

    protected abstract Rig newRig(ButtonMapping mapping, TestClock clock);

    @BeforeEach
    void startRig() {
        rig = newRig(MAPPING, clock);
    }

    @AfterEach
    void closeRig() {
        rig.close();
    }

    @Test
    void a_press_reaches_the_listener_exactly_once_with_its_desk_and_action() {
        // given a subscribed listener
        rig.buttons().subscribe(received::add);
        Instant pressedAt = clock.instant();
        // when desk 3 presses recall once
        rig.pressAndRelease("3", ButtonAction.RECALL);
        // then exactly that press arrives, stamped when it was pressed
        assertThat(received).containsExactly(new ButtonPress("3", ButtonAction.RECALL, pressedAt));
    }

    @Test
    void presses_at_two_desks_arrive_in_order_with_their_own_desk() {
        // given a subscribed listener
        rig.buttons().subscribe(received::add);
        // when desk 4 and then desk 3 press next
        rig.pressAndRelease("4", ButtonAction.NEXT);
        rig.pressAndRelease("3", ButtonAction.NEXT);
        // then both arrive, each with its own desk
        assertThat(received).extracting(ButtonPress::deskId, ButtonPress::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4", ButtonAction.NEXT),
                        org.assertj.core.groups.Tuple.tuple("3", ButtonAction.NEXT));
    }

    @Test
    void every_listener_gets_the_press_and_a_cancelled_one_gets_none() {
        // given two listeners, one of them cancelled
        List<ButtonPress> other = new CopyOnWriteArrayList<>();
        rig.buttons().subscribe(received::add);
        rig.buttons().subscribe(other::add).cancel();
        // when a button is pressed
        rig.pressAndRelease("3", ButtonAction.NEXT);
        // then only the active listener has it
        assertThat(received).hasSize(1);
        assertThat(other).isEmpty();
    }

    @Test
    void a_failing_listener_does_not_stop_the_press_reaching_the_others() {
        // given a listener that throws, subscribed before a working one
        rig.buttons().subscribe(press -> {
            throw new IllegalStateException("listener bug");
        });
        rig.buttons().subscribe(received::add);
        // when a button is pressed
        rig.pressAndRelease("4", ButtonAction.NEXT);
        // then the working listener still gets it
        assertThat(received).extracting(ButtonPress::deskId).containsExactly("4");
    }

    @Test
    void status_is_ok_while_open_and_unavailable_after_close() {
        // given open buttons, then status is ok
        assertThat(rig.buttons().status().state()).isEqualTo(ButtonsStatus.State.OK);
        // when closed (twice), then unavailable
        rig.buttons().close();
        rig.buttons().close();
        assertThat(rig.buttons().status().state()).isEqualTo(ButtonsStatus.State.UNAVAILABLE);
    }

    @Test
    void no_press_is_delivered_after_close() {
        // given a subscribed listener and closed buttons
        rig.buttons().subscribe(received::add);
        rig.buttons().close();
        // when a button is pressed
        rig.pressAndRelease("3", ButtonAction.NEXT);
        // then nothing arrives
        assertThat(received).isEmpty();
    }
}
