package dk.skranke.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final DaySchedule SPLIT_DAY = DaySchedule.of("9-14", "16-18.30");

    @Test
    void split_day_is_open_in_both_intervals_and_closed_between_them() {
        // given
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY).build();

        // when
        WalkInDecision atTen = hours.walkIn(at("2026-03-10T10:00"), Duration.ZERO);
        WalkInDecision atThree = hours.walkIn(at("2026-03-10T15:00"), Duration.ZERO);
        WalkInDecision justBeforeClose = hours.walkIn(at("2026-03-10T18:29"), Duration.ZERO);

        // then
        assertThat(hours.isOpen(at("2026-03-10T10:00"))).isTrue();
        assertThat(atTen.accepted()).isTrue();
        assertThat(atTen.refusal()).isNull();
        assertThat(atTen.opensAt()).isNull();
        assertThat(hours.isOpen(at("2026-03-10T15:00"))).isFalse();
        assertThat(atThree.refusal()).isEqualTo(WalkInRefusal.CLOSED);
        assertThat(atThree.opensAt()).isEqualTo(zoned("2026-03-10T16:00"));
        assertThat(atThree.lastTicketAt()).isNull();
        assertThat(hours.isOpen(at("2026-03-10T18:29"))).isTrue();
        assertThat(justBeforeClose.accepted()).isTrue();
    }

    @Test
    void split_day_at_closing_time_opens_next_working_day() {
        // given
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY).build();

        // when
        WalkInDecision tuesdayEvening = hours.walkIn(at("2026-03-10T18:30"), Duration.ZERO);
        WalkInDecision fridayEvening = hours.walkIn(at("2026-03-13T18:30"), Duration.ZERO);

        // then
        assertThat(hours.isOpen(at("2026-03-10T18:30"))).isFalse();
        assertThat(tuesdayEvening.refusal()).isEqualTo(WalkInRefusal.CLOSED);
        assertThat(tuesdayEvening.opensAt()).isEqualTo(zoned("2026-03-11T09:00"));
        assertThat(fridayEvening.opensAt()).isEqualTo(zoned("2026-03-16T09:00"));
    }

    @Test
    void next_opening_is_the_next_interval_start_at_or_after_the_given_time() {
        // given
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY).build();

        // when / then
        assertThat(hours.nextOpening(at("2026-03-10T09:00"), true)).contains(zoned("2026-03-10T09:00"));
        assertThat(hours.nextOpening(at("2026-03-10T09:01"), true)).contains(zoned("2026-03-10T16:00"));
        assertThat(hours.nextOpening(at("2026-03-10T07:00"), false)).contains(zoned("2026-03-10T09:00"));
    }

    @Test
    void last_walk_in_time_accounts_for_the_margin_and_the_estimated_wait() {
        // given
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(DaySchedule.of("9-14"))
                .lastWalkInBeforeClose(Duration.ofMinutes(15)).build();
        Duration wait = Duration.ofMinutes(20);

        // when
        WalkInDecision at1324 = hours.walkIn(at("2026-03-10T13:24"), wait);
        WalkInDecision at1325 = hours.walkIn(at("2026-03-10T13:25"), wait);
        WalkInDecision at1326 = hours.walkIn(at("2026-03-10T13:26"), wait);
        WalkInDecision at1340NoWait = hours.walkIn(at("2026-03-10T13:40"), Duration.ZERO);
        WalkInDecision at1346NoWait = hours.walkIn(at("2026-03-10T13:46"), Duration.ZERO);

        // then
        assertThat(at1324.accepted()).isTrue();
        assertThat(at1324.lastTicketAt()).isEqualTo(zoned("2026-03-10T13:25"));
        assertThat(at1325.accepted()).isTrue();
        assertThat(at1326.accepted()).isFalse();
        assertThat(at1326.refusal()).isEqualTo(WalkInRefusal.LAST_TICKET_PASSED);
        assertThat(at1326.lastTicketAt()).isEqualTo(zoned("2026-03-10T13:25"));
        assertThat(at1326.opensAt()).isEqualTo(zoned("2026-03-11T09:00"));
        assertThat(at1340NoWait.accepted()).isTrue();
        assertThat(at1340NoWait.lastTicketAt()).isEqualTo(zoned("2026-03-10T13:45"));
        assertThat(at1346NoWait.refusal()).isEqualTo(WalkInRefusal.LAST_TICKET_PASSED);
    }

    @Test
    void last_ticket_passed_in_the_morning_of_a_split_day_opens_again_in_the_afternoon() {
        // given
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY)
                .lastWalkInBeforeClose(Duration.ofMinutes(15)).build();

        // when
        WalkInDecision decision = hours.walkIn(at("2026-03-10T13:30"), Duration.ofMinutes(20));

        // then
        assertThat(decision.refusal()).isEqualTo(WalkInRefusal.LAST_TICKET_PASSED);
        assertThat(decision.opensAt()).isEqualTo(zoned("2026-03-10T16:00"));
    }

    @Test
    void a_closed_exception_date_is_closed_with_its_note() {
        // given
        LocalDate staffDay = LocalDate.of(2026, 3, 11);
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY)
                .exception(DateException.closed(staffDay, "Personaledag")).build();

        // when
        WalkInDecision decision = hours.walkIn(at("2026-03-11T10:00"), Duration.ZERO);

        // then
        assertThat(hours.scheduleFor(staffDay).isClosed()).isTrue();
        assertThat(hours.isOpen(at("2026-03-11T10:00"))).isFalse();
        assertThat(hours.closingHoliday(staffDay)).isEmpty();
        assertThat(decision.refusal()).isEqualTo(WalkInRefusal.CLOSED);
        assertThat(decision.opensAt()).isEqualTo(zoned("2026-03-12T09:00"));
        assertThat(hours.exceptions()).extracting(DateException::note).containsExactly("Personaledag");
    }

    @Test
    void special_hours_on_an_exception_date_replace_the_weekly_pattern() {
        // given
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY)
                .exception(LocalDate.of(2026, 3, 12), DaySchedule.of("12-15"), "Kursus om formiddagen").build();

        // when / then
        assertThat(hours.isOpen(at("2026-03-12T10:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-03-12T12:30"))).isTrue();
        assertThat(hours.isOpen(at("2026-03-12T16:30"))).isFalse();
        assertThat(hours.nextOpening(at("2026-03-12T08:00"), true)).contains(zoned("2026-03-12T12:00"));
    }

    @Test
    void an_appointment_only_date_is_open_but_refuses_walk_ins_until_the_next_walk_in_day() {
        // given
        LocalDate friday = LocalDate.of(2026, 3, 13);
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY)
                .exception(friday, DaySchedule.byAppointment("9-12"), "Kun tidsbestilling").build();

        // when
        WalkInDecision decision = hours.walkIn(at("2026-03-13T10:00"), Duration.ZERO);

        // then
        assertThat(hours.isOpen(at("2026-03-13T10:00"))).isTrue();
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.refusal()).isEqualTo(WalkInRefusal.APPOINTMENT_ONLY);
        assertThat(decision.opensAt()).isEqualTo(zoned("2026-03-16T09:00"));
        assertThat(decision.lastTicketAt()).isNull();
        assertThat(hours.nextOpening(at("2026-03-13T08:00"), false)).contains(zoned("2026-03-13T09:00"));
        assertThat(hours.nextOpening(at("2026-03-13T08:00"), true)).contains(zoned("2026-03-16T09:00"));
    }

    @Test
    void easter_2026_holidays_are_closed_days() {
        // given
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY).build();

        // when
        WalkInDecision wednesdayBeforeEaster = hours.walkIn(at("2026-04-01T19:00"), Duration.ZERO);

        // then
        for (int day : new int[] {2, 3, 5, 6}) {
            assertThat(hours.scheduleFor(LocalDate.of(2026, 4, day)).isClosed()).as("April %d", day).isTrue();
        }
        assertThat(hours.closingHoliday(LocalDate.of(2026, 4, 2))).map(Holiday::key).contains("skaertorsdag");
        assertThat(hours.closingHoliday(LocalDate.of(2026, 4, 6))).map(h -> h.name().da()).contains("2. påskedag");
        assertThat(hours.isOpen(at("2026-04-03T10:00"))).isFalse();
        assertThat(wednesdayBeforeEaster.opensAt()).isEqualTo(zoned("2026-04-07T09:00"));
    }

    @Test
    void ascension_and_whitsun_2026_are_closed_but_the_old_store_bededag_date_is_a_working_day() {
        // given
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY).build();

        // when / then
        assertThat(hours.scheduleFor(LocalDate.of(2026, 5, 14)).isClosed()).isTrue();
        assertThat(hours.closingHoliday(LocalDate.of(2026, 5, 24))).map(Holiday::key).contains("pinsedag");
        assertThat(hours.scheduleFor(LocalDate.of(2026, 5, 25)).isClosed()).isTrue();
        assertThat(hours.scheduleFor(LocalDate.of(2026, 5, 1))).isEqualTo(SPLIT_DAY);
        assertThat(hours.isOpen(at("2026-05-01T10:00"))).isTrue();
        assertThat(hours.closingHoliday(LocalDate.of(2026, 5, 1))).isEmpty();
    }

    @Test
    void store_bededag_closes_in_2023_but_not_in_2024() {
        // given
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(SPLIT_DAY).build();

        // when / then
        assertThat(hours.scheduleFor(LocalDate.of(2023, 5, 5)).isClosed()).isTrue();
        assertThat(hours.scheduleFor(LocalDate.of(2024, 4, 26))).isEqualTo(SPLIT_DAY);
    }

    @Test
    void public_holidays_can_be_kept_open_and_an_exception_beats_a_holiday() {
        // given
        OpeningHours alwaysOpen = OpeningHours.builder(CPH).weekdays(SPLIT_DAY).closedOnPublicHolidays(false).build();
        OpeningHours openOnSkaertorsdag = OpeningHours.builder(CPH).weekdays(SPLIT_DAY)
                .exception(LocalDate.of(2026, 4, 2), DaySchedule.of("10-13"), "Påskeåbent").build();

        // when / then
        assertThat(alwaysOpen.isOpen(at("2026-04-02T10:00"))).isTrue();
        assertThat(alwaysOpen.closingHoliday(LocalDate.of(2026, 4, 2))).isEmpty();
        assertThat(openOnSkaertorsdag.isOpen(at("2026-04-02T10:30"))).isTrue();
        assertThat(openOnSkaertorsdag.closingHoliday(LocalDate.of(2026, 4, 2))).isEmpty();
    }

    @Test
    void customary_days_are_only_closed_when_configured() {
        // given
        LocalDate grundlovsdag = LocalDate.of(2026, 6, 5);
        LocalDate juleaften = LocalDate.of(2026, 12, 24);
        OpeningHours plain = OpeningHours.builder(CPH).weekdays(SPLIT_DAY).build();
        OpeningHours configured = OpeningHours.builder(CPH).weekdays(SPLIT_DAY)
                .alsoClosedOn("grundlovsdag", "juleaftensdag").build();

        // when / then
        assertThat(plain.scheduleFor(grundlovsdag)).isEqualTo(SPLIT_DAY);
        assertThat(plain.scheduleFor(juleaften)).isEqualTo(SPLIT_DAY);
        assertThat(configured.scheduleFor(grundlovsdag).isClosed()).isTrue();
        assertThat(configured.closingHoliday(grundlovsdag)).map(Holiday::key).contains("grundlovsdag");
        assertThat(configured.scheduleFor(juleaften).isClosed()).isTrue();
        assertThat(configured.scheduleFor(LocalDate.of(2026, 12, 31))).isEqualTo(SPLIT_DAY);
    }

    @Test
    void spring_dst_change_day_gives_summer_time_instants() {
        // given: Sunday 29 March 2026 clocks go from 02:00 CET to 03:00 CEST
        OpeningHours hours = OpeningHours.builder(CPH).on(DayOfWeek.SUNDAY, DaySchedule.of("10-14"))
                .lastWalkInBeforeClose(Duration.ofMinutes(15)).build();

        // when
        ZonedDateTime opening = hours.nextOpening(Instant.parse("2026-03-28T19:00:00Z"), true).orElseThrow();
        WalkInDecision decision = hours.walkIn(Instant.parse("2026-03-29T09:40:00Z"), Duration.ZERO);

        // then
        assertThat(opening.toInstant()).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
        assertThat(opening.getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
        assertThat(hours.isOpen(Instant.parse("2026-03-29T07:30:00Z"))).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-03-29T11:59:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-03-29T12:30:00Z"))).isFalse();
        assertThat(decision.lastTicketAt().toInstant()).isEqualTo(Instant.parse("2026-03-29T11:45:00Z"));
    }

    @Test
    void autumn_dst_change_day_gives_winter_time_instants() {
        // given: Sunday 25 October 2026 clocks go from 03:00 CEST back to 02:00 CET
        LocalDate changeDay = LocalDate.of(2026, 10, 25);
        OpeningHours hours = OpeningHours.builder(CPH).exception(changeDay, DaySchedule.of("10-14"), "Valg").build();

        // when
        ZonedDateTime opening = hours.nextOpening(Instant.parse("2026-10-24T20:00:00Z"), false).orElseThrow();

        // then
        assertThat(opening.toInstant()).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
        assertThat(hours.isOpen(Instant.parse("2026-10-25T12:59:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-10-25T13:00:00Z"))).isFalse();
    }

    @Test
    void no_opening_within_the_search_window_gives_no_opens_at() {
        // given
        OpeningHours neverOpen = OpeningHours.builder(CPH).build();

        // when
        WalkInDecision decision = neverOpen.walkIn(at("2026-03-10T10:00"), Duration.ZERO);

        // then
        assertThat(decision.refusal()).isEqualTo(WalkInRefusal.CLOSED);
        assertThat(decision.opensAt()).isNull();
        assertThat(neverOpen.nextOpening(at("2026-03-10T10:00"), false)).isEmpty();
    }

    @Test
    void time_intervals_parse_danish_and_iso_forms_and_are_half_open() {
        // given / when
        TimeInterval morning = TimeInterval.parse("9-14");
        TimeInterval evening = TimeInterval.parse("16-18.30");

        // then
        assertThat(morning).isEqualTo(new TimeInterval(LocalTime.of(9, 0), LocalTime.of(14, 0)));
        assertThat(TimeInterval.parse("09:00-14:00")).isEqualTo(morning);
        assertThat(TimeInterval.parse(" 09:00 - 14:00 ")).isEqualTo(morning);
        assertThat(evening).isEqualTo(TimeInterval.parse("16:00-18:30"));
        assertThat(evening.format()).isEqualTo("16:00-18:30");
        assertThat(morning.contains(LocalTime.of(9, 0))).isTrue();
        assertThat(morning.contains(LocalTime.of(13, 59))).isTrue();
        assertThat(morning.contains(LocalTime.of(14, 0))).isFalse();
    }

    @Test
    void invalid_intervals_are_rejected_with_messages_naming_the_problem() {
        // given / when / then
        assertThatThrownBy(() -> new TimeInterval(LocalTime.of(14, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("14:00").hasMessageContaining("09:00");
        assertThatThrownBy(() -> TimeInterval.parse("14-14"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        for (String bad : List.of("9", "abc", "9-14-16", "9:5-14", "")) {
            assertThatThrownBy(() -> TimeInterval.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a form like 09:00-14:00");
        }
        assertThatThrownBy(() -> TimeInterval.parse("9-25"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'25'");
        assertThatThrownBy(() -> TimeInterval.parse("9.75-14"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9:75");
    }

    @Test
    void overlapping_or_unsorted_intervals_are_rejected() {
        // given / when / then
        assertThatThrownBy(() -> DaySchedule.of("9-14", "13-15"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap")
                .hasMessageContaining("09:00-14:00").hasMessageContaining("13:00-15:00");
        assertThatThrownBy(() -> DaySchedule.of("16-18", "9-14"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sorted");
        assertThat(DaySchedule.of("9-12", "12-14").intervals()).hasSize(2);
        assertThat(DaySchedule.of().isClosed()).isTrue();
        assertThat(DaySchedule.CLOSED.isClosed()).isTrue();
    }

    @Test
    void invalid_opening_hours_settings_are_rejected_with_messages_naming_the_problem() {
        // given
        LocalDate date = LocalDate.of(2026, 3, 11);

        // when / then
        assertThatThrownBy(() -> OpeningHours.builder(CPH).alsoClosedOn("grundlovdag").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'grundlovdag'")
                .hasMessageContaining("grundlovsdag, juleaftensdag, nytaarsaftensdag");
        assertThatThrownBy(() -> OpeningHours.builder(CPH)
                .exception(DateException.closed(date, "a")).exception(DateException.closed(date, "b")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03-11");
        assertThatThrownBy(() -> new OpeningHours(CPH, Map.of(), List.of(), true, Set.of(), Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastWalkInBeforeClose");
    }

    private static Instant at(String localDateTime) {
        return zoned(localDateTime).toInstant();
    }

    private static ZonedDateTime zoned(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CPH);
    }
}
