package dk.skranke.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DanishHolidaysTest {

    @Test
    void easter_sunday_matches_known_years() {
        // given / when / then
        assertThat(DanishHolidays.easterSunday(2023)).isEqualTo(LocalDate.of(2023, 4, 9));
        assertThat(DanishHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(DanishHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(DanishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(DanishHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DanishHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(DanishHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void easter_2026_holidays_fall_on_the_expected_dates() {
        // given
        int year = 2026;

        // when
        List<Holiday> holidays = DanishHolidays.officialIn(year);

        // then
        assertThat(holidays).extracting(Holiday::key, Holiday::date).containsExactly(
                tuple("nytaarsdag", LocalDate.of(2026, 1, 1)),
                tuple("skaertorsdag", LocalDate.of(2026, 4, 2)),
                tuple("langfredag", LocalDate.of(2026, 4, 3)),
                tuple("paaskedag", LocalDate.of(2026, 4, 5)),
                tuple("anden-paaskedag", LocalDate.of(2026, 4, 6)),
                tuple("kristi-himmelfartsdag", LocalDate.of(2026, 5, 14)),
                tuple("pinsedag", LocalDate.of(2026, 5, 24)),
                tuple("anden-pinsedag", LocalDate.of(2026, 5, 25)),
                tuple("juledag", LocalDate.of(2026, 12, 25)),
                tuple("anden-juledag", LocalDate.of(2026, 12, 26)));
    }

    @Test
    void holidays_have_danish_names_with_special_letters_and_english_names() {
        // given
        LocalDate skaertorsdag = LocalDate.of(2026, 4, 2);

        // when
        Holiday holiday = DanishHolidays.official(skaertorsdag).orElseThrow();

        // then
        assertThat(holiday.name().da()).isEqualTo("Skærtorsdag");
        assertThat(holiday.name().en()).isEqualTo("Maundy Thursday");
        assertThat(DanishHolidays.official(LocalDate.of(2026, 4, 5)).orElseThrow().name().da()).isEqualTo("Påskedag");
        assertThat(DanishHolidays.official(LocalDate.of(2026, 1, 1)).orElseThrow().name().da()).isEqualTo("Nytårsdag");
    }

    @Test
    void store_bededag_was_a_holiday_in_2023_but_not_from_2024() {
        // given
        LocalDate storeBededag2023 = LocalDate.of(2023, 5, 5);
        LocalDate wouldBeStoreBededag2024 = LocalDate.of(2024, 4, 26);
        LocalDate wouldBeStoreBededag2026 = LocalDate.of(2026, 5, 1);

        // when / then
        assertThat(DanishHolidays.official(storeBededag2023)).map(Holiday::key).contains("store-bededag");
        assertThat(DanishHolidays.official(wouldBeStoreBededag2024)).isEmpty();
        assertThat(DanishHolidays.official(wouldBeStoreBededag2026)).isEmpty();
        assertThat(DanishHolidays.officialIn(2023)).hasSize(11);
        assertThat(DanishHolidays.officialIn(2024)).hasSize(10).extracting(Holiday::key).doesNotContain("store-bededag");
    }

    @Test
    void customary_days_are_separate_from_official_holidays() {
        // given
        int year = 2026;

        // when
        List<Holiday> customary = DanishHolidays.customaryIn(year);

        // then
        assertThat(customary).extracting(Holiday::key)
                .containsExactly("grundlovsdag", "juleaftensdag", "nytaarsaftensdag");
        assertThat(customary).extracting(Holiday::date).containsExactly(
                LocalDate.of(2026, 6, 5), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
        assertThat(DanishHolidays.official(LocalDate.of(2026, 6, 5))).isEmpty();
        assertThat(DanishHolidays.customary(LocalDate.of(2026, 12, 24))).map(h -> h.name().en()).contains("Christmas Eve");
        assertThat(DanishHolidays.customaryKeys()).containsExactlyInAnyOrder(
                "grundlovsdag", "juleaftensdag", "nytaarsaftensdag");
    }

    @Test
    void an_ordinary_day_is_no_holiday() {
        // given / when / then
        assertThat(DanishHolidays.official(LocalDate.of(2026, 3, 10))).isEmpty();
        assertThat(DanishHolidays.customary(LocalDate.of(2026, 3, 10))).isEmpty();
    }

    @Test
    void a_year_before_the_gregorian_calendar_is_rejected() {
        // given / when / then
        assertThatThrownBy(() -> DanishHolidays.easterSunday(1500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1500");
    }
}
