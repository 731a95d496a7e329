package dk.skranke.core.appointment;

import static dk.skranke.core.testing.TestTickets.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.skranke.core.error.ConflictException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckInWindowTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Appointment AT_TEN = new Appointment("a_1", "dragoer", "pas", at("10:00"),
            Duration.ofMinutes(15), "ACDE34", null, null, null);

    @Test
    void the_default_window_opens_30_minutes_before_and_closes_10_minutes_after_the_start() {
        // given / when / then
        assertThat(CheckInWindow.DEFAULT.opensFor(AT_TEN)).isEqualTo(at("09:30"));
        assertThat(CheckInWindow.DEFAULT.closesFor(AT_TEN)).isEqualTo(at("10:10"));
    }

    @Test
    void checking_in_before_the_window_opens_is_too_early_and_says_when_it_opens_in_branch_time() {
        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> CheckInWindow.DEFAULT.requireOpen(AT_TEN, at("09:29:59"), CPH));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("too-early");
        assertThat(refused.details()).isEqualTo(Map.of("opensAt", branchTime("10:30"),
                "closesAt", branchTime("11:10"), "start", branchTime("11:00")));
        assertThat(refused.getMessage()).isEqualTo("check-in opens 30 minutes before the appointment");
    }

    @Test
    void checking_in_after_the_window_closed_is_too_late_and_says_when_it_closed() {
        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> CheckInWindow.DEFAULT.requireOpen(AT_TEN, at("10:10:01"), CPH));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("too-late");
        assertThat(refused.details()).containsEntry("opensAt", branchTime("10:30"))
                .containsEntry("closesAt", branchTime("11:10"));
        assertThat(refused.getMessage()).isEqualTo("check-in closed 10 minutes after the appointment started");
    }

    @Test
    void both_ends_of_the_window_are_inside_it() {
        // when / then
        CheckInWindow window = CheckInWindow.DEFAULT;
        assertThatCode(() -> window.requireOpen(AT_TEN, at("09:30"), CPH)).doesNotThrowAnyException();
        assertThatCode(() -> window.requireOpen(AT_TEN, at("10:00"), CPH)).doesNotThrowAnyException();
        assertThatCode(() -> window.requireOpen(AT_TEN, at("10:10"), CPH)).doesNotThrowAnyException();
    }

    @Test
    void a_configured_window_is_used() {
        // given a window from 5 minutes before to the start itself
        CheckInWindow tight = new CheckInWindow(Duration.ofMinutes(5), Duration.ZERO);

        // when / then
        assertThatThrownBy(() -> tight.requireOpen(AT_TEN, at("09:54:59"), CPH))
                .isInstanceOf(ConflictException.class)
                .hasMessage("check-in opens 5 minutes before the appointment");
        assertThatCode(() -> tight.requireOpen(AT_TEN, at("10:00"), CPH)).doesNotThrowAnyException();
        assertThatThrownBy(() -> tight.requireOpen(AT_TEN, at("10:00:01"), CPH))
                .isInstanceOf(ConflictException.class)
                .hasMessage("check-in closed 0 minutes after the appointment started");
    }

    @Test
    void negative_durations_are_refused() {
        // when / then
        assertThatThrownBy(() -> new CheckInWindow(Duration.ofMinutes(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("check-in window durations must not be negative");
        assertThatThrownBy(() -> new CheckInWindow(Duration.ZERO, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checking_in_records_the_time_and_the_ticket_and_keeps_the_booking() {
        // when
        Appointment checkedIn = AT_TEN.checkIn(at("09:45"), "t_1");

        // then
        assertThat(AT_TEN.isCheckedIn()).isFalse();
        assertThat(checkedIn.isCheckedIn()).isTrue();
        assertThat(checkedIn.checkedInAt()).isEqualTo(at("09:45"));
        assertThat(checkedIn.ticketId()).isEqualTo("t_1");
        assertThat(checkedIn.start()).isEqualTo(AT_TEN.start());
        assertThat(checkedIn.code()).isEqualTo(AT_TEN.code());
    }

    /** A time on the test day in Copenhagen (UTC+1 in March), as error details carry it. */
    private static OffsetDateTime branchTime(String time) {
        return OffsetDateTime.parse("2026-03-10T" + time + ":00+01:00");
    }
}
