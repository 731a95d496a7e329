package dk.skranke.kiosk.issue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.kiosk.sync.BranchInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkInHoursTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final OffsetDateTime TUESDAY_10 = OffsetDateTime.parse("2026-11-24T10:00:00+01:00");
    private final WalkInHours hours = new WalkInHours();

    private static ZonedDateTime at(int hour, int minute) {
        return MONDAY.atTime(hour, minute).atZone(CPH);
    }

    private static BranchInfo.Today today(boolean appointmentOnly, String... intervals) {
        return new BranchInfo.Today(MONDAY, List.of(intervals), appointmentOnly, true, TUESDAY_10);
    }

    @Test
    void takes_walk_ins_inside_an_interval_of_a_split_day() {
        BranchInfo.Today split = today(false, "09:00-14:00", "16:00-18:30");

        assertThat(hours.at(at(9, 0), split).walkInsNow()).isTrue();
        assertThat(hours.at(at(18, 29), split).walkInsNow()).isTrue();
        assertThat(hours.at(at(14, 0), split)).isEqualTo(new HoursView(false, "closed", "2026-11-23T16:00:00+01:00",
                List.of("09:00-14:00", "16:00-18:30")));
        assertThat(hours.at(at(19, 0), split).opensAt()).isEqualTo("2026-11-24T10:00:00+01:00");
    }

    @Test
    void says_appointment_only_on_such_days() {
        HoursView view = hours.at(at(11, 0), today(true, "10:00-16:00"));

        assertThat(view.walkInsNow()).isFalse();
        assertThat(view.reason()).isEqualTo("appointment-only");
        assertThat(view.opensAt()).isEqualTo("2026-11-24T10:00:00+01:00");
    }

    @Test
    void takes_walk_ins_when_it_has_no_hours_for_today() {
        BranchInfo.Today yesterday = new BranchInfo.Today(MONDAY.minusDays(1), List.of("06:00-07:00"), false, false,
                null);

        assertThat(hours.at(at(11, 0), yesterday)).isEqualTo(new HoursView(true, null, null, List.of()));
        assertThat(hours.at(at(11, 0), null).walkInsNow()).isTrue();
    }

    @Test
    void remembers_central_s_refusal_until_it_opens_again() {
        BranchInfo.Today open = today(false, "00:00-23:59");
        hours.refused("last-ticket-passed", "2026-11-23T16:00:00+01:00", at(13, 50));

        assertThat(hours.at(at(13, 55), open)).isEqualTo(new HoursView(false, "last-ticket-passed",
                "2026-11-23T16:00:00+01:00", List.of("00:00-23:59")));
        assertThat(hours.at(at(16, 0), open).walkInsNow()).isTrue();

        hours.refused("last-ticket-passed", "2026-11-23T16:00:00+01:00", at(13, 50));
        hours.accepted();
        assertThat(hours.at(at(13, 55), open).walkInsNow()).isTrue();
    }

    @Test
    void forgets_a_refusal_without_opening_time_the_next_day() {
        hours.refused("closed", null, at(13, 50));

        assertThat(hours.at(at(13, 55), null).walkInsNow()).isFalse();
        assertThat(hours.at(at(13, 55).plusDays(1), null).walkInsNow()).isTrue();
    }
}
