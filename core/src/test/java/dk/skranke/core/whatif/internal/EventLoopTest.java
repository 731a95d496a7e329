package dk.skranke.core.whatif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.whatif.ClosedArrivals;
import dk.skranke.core.whatif.DeskPlan;
import dk.skranke.core.whatif.RunControl;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The queue itself, fed with hand-made citizens on Tuesday 10 March 2026, open 10-14. */
class EventLoopTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Instant MIDNIGHT = LocalDateTime.parse("2026-03-10T00:00").atZone(CPH).toInstant();
    private static final OpeningHours TEN_TO_FOURTEEN = OpeningHours.builder(CPH)
            .weekdays(DaySchedule.of("10-14")).build();

    @Test
    void a_due_appointment_is_called_before_walk_ins_who_came_earlier() {
        // given one desk busy with a walk-in 10:00-10:10; a walk-in at 10:01 and an appointment at 10:05
        Citizens citizens = citizens(new double[] {minute(10, 0), minute(10, 1), minute(10, 5)},
                new double[] {600, 600, 600}, new boolean[] {false, false, true});

        // when
        Tally tally = new EventLoop(citizens, timeline(DeskPlan.constant(1)), 0, RunControl.NONE).run();

        // then the appointment is called at 10:10 (waited 5 minutes), the walk-in at 10:20 (waited 19)
        assertThat(tally.appointmentWaits()).containsExactly(300);
        assertThat(tally.walkInWaits()).containsExactly(0, 19 * 60);
        assertThat(tally.served()).isEqualTo(3);
    }

    @Test
    void when_staffing_drops_a_busy_desk_finishes_its_citizen_before_it_closes() {
        // given two desks until 11:00, then one; walk-ins at 10:55 and 10:56 (20 min), 10:57 and 10:58 (10 min)
        DeskPlan plan = DeskPlan.constant(2).with(DayOfWeek.TUESDAY, 11, 14, 1);
        Citizens citizens = citizens(new double[] {minute(10, 55), minute(10, 56), minute(10, 57), minute(10, 58)},
                new double[] {1200, 1200, 600, 600}, new boolean[4]);

        // when
        Tally tally = new EventLoop(citizens, timeline(plan), 0, RunControl.NONE).run();

        // then the desk freed at 11:15 closes; the one freed at 11:16 serves 10:57 (19 min) then 10:58 (28 min)
        assertThat(tally.walkInWaits()).containsExactly(0, 0, 19 * 60, 28 * 60);
        assertThat(tally.overtimeSeconds()).isCloseTo(15 * 60, within(1e-6));
        assertThat(tally.staffedSeconds()).isCloseTo((2 * 60 + 3 * 60) * 60, within(1e-6));
    }

    @Test
    void the_warm_up_is_simulated_but_not_counted() {
        // given a citizen at 10:00 (before the warm-up ends at 10:05) and one at 10:06 who waits 4 minutes
        Citizens citizens = new Citizens(new double[] {minute(10, 0), minute(10, 6)}, new double[] {600, 600},
                new boolean[2], new int[] {34, 34}, new boolean[] {false, true}, 1, 1, new ClosedArrivals(0, 0, 0, 0));

        // when
        Tally tally = new EventLoop(citizens, timeline(DeskPlan.constant(1)), minute(10, 5), RunControl.NONE).run();

        // then
        assertThat(tally.walkInWaits()).containsExactly(240);
        assertThat(tally.served()).isEqualTo(1);
        assertThat(tally.staffedSeconds()).isCloseTo((4 * 60 - 5) * 60, within(1e-6));
    }

    private static Timeline timeline(DeskPlan plan) {
        return new TimelineBuilder(TEN_TO_FOURTEEN, plan, MIDNIGHT, MIDNIGHT.plusSeconds(24 * 3600)).build();
    }

    private static Citizens citizens(double[] arrival, double[] service, boolean[] appointment) {
        int n = arrival.length;
        int[] hours = new int[n];
        boolean[] measured = new boolean[n];
        long walkIns = 0;
        for (int i = 0; i < n; i++) {
            hours[i] = 24 + (int) (arrival[i] / 3600);
            measured[i] = true;
            walkIns += appointment[i] ? 0 : 1;
        }
        return new Citizens(arrival, service, appointment, hours, measured, n, walkIns,
                new ClosedArrivals(0, 0, 0, 0));
    }

    private static double minute(int hour, int minute) {
        return hour * 3600 + minute * 60;
    }
}
