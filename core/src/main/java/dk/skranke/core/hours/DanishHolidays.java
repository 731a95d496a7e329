package dk.skranke.core.hours;

import dk.skranke.core.i18n.LocalizedText;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Danish public holidays and the customary closing days, computed per year. */
public final class DanishHolidays {

    /** The last year with Store Bededag; it was abolished as a public holiday from 2024. */
    public static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    private static final int FIRST_GREGORIAN_YEAR = 1583;
    private static final Set<String> CUSTOMARY_KEYS = Set.of("grundlovsdag", "juleaftensdag", "nytaarsaftensdag");

    private DanishHolidays() {
    }

    /** The official public holidays of {@code year} in date order. */
    public static List<Holiday> officialIn(int year) {
        LocalDate easter = easterSunday(year);
        List<Holiday> holidays = new ArrayList<>();
        holidays.add(fixed(year, MonthDay.of(1, 1), "nytaarsdag", "Nytårsdag", "New Year's Day"));
        holidays.add(moving(easter, -3, "skaertorsdag", "Skærtorsdag", "Maundy Thursday"));
        holidays.add(moving(easter, -2, "langfredag", "Langfredag", "Good Friday"));
        holidays.add(moving(easter, 0, "paaskedag", "Påskedag", "Easter Sunday"));
        holidays.add(moving(easter, 1, "anden-paaskedag", "2. påskedag", "Easter Monday"));
        if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
            holidays.add(moving(easter, 26, "store-bededag", "Store bededag", "General Prayer Day"));
        }
        holidays.add(moving(easter, 39, "kristi-himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day"));
        holidays.add(moving(easter, 49, "pinsedag", "Pinsedag", "Whit Sunday"));
        holidays.add(moving(easter, 50, "anden-pinsedag", "2. pinsedag", "Whit Monday"));
        holidays.add(fixed(year, MonthDay.of(12, 25), "juledag", "Juledag", "Christmas Day"));
        holidays.add(fixed(year, MonthDay.of(12, 26), "anden-juledag", "2. juledag", "Boxing Day"));
        return List.copyOf(holidays);
    }

    /** Customary closing days of {@code year} that are not official holidays, in date order. */
    public static List<Holiday> customaryIn(int year) {
        return List.of(
                fixed(year, MonthDay.of(6, 5), "grundlovsdag", "Grundlovsdag", "Constitution Day"),
                fixed(year, MonthDay.of(12, 24), "juleaftensdag", "Juleaftensdag", "Christmas Eve"),
                fixed(year, MonthDay.of(12, 31), "nytaarsaftensdag", "Nytårsaftensdag", "New Year's Eve"));
    }

    /** The keys of {@link #customaryIn(int)}: grundlovsdag, juleaftensdag, nytaarsaftensdag. */
    public static Set<String> customaryKeys() {
        return CUSTOMARY_KEYS;
    }

    /** The official holiday on {@code date}, if any. */
    public static Optional<Holiday> official(LocalDate date) {
        return on(date, officialIn(date.getYear()));
    }

    /** The customary closing day on {@code date}, if any. */
    public static Optional<Holiday> customary(LocalDate date) {
        return on(date, customaryIn(date.getYear()));
    }

    /** Easter Sunday of {@code year} by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("year " + year + " is before the Gregorian calendar ("
                    + FIRST_GREGORIAN_YEAR + ")");
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static Optional<Holiday> on(LocalDate date, List<Holiday> holidays) {
        return holidays.stream().filter(holiday -> holiday.date().equals(date)).findFirst();
    }

    private static Holiday fixed(int year, MonthDay day, String key, String da, String en) {
        return new Holiday(day.atYear(year), key, new LocalizedText(da, en));
    }

    private static Holiday moving(LocalDate easter, int daysFromEaster, String key, String da, String en) {
        return new Holiday(easter.plusDays(daysFromEaster), key, new LocalizedText(da, en));
    }
}
