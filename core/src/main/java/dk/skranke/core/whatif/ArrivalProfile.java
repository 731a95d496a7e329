package dk.skranke.core.whatif;

import dk.skranke.core.error.InvalidInputException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A synthetic demand: the expected citizens per hour for each service in each local hour of the
 * week, e.g. {@code ArrivalProfile.none().withWeekdays("pas", 9, 15, 6.5)}. Arrivals are drawn from
 * it as a Poisson process whose rate changes by the hour. Immutable.
 */
public final class ArrivalProfile {

    /** More citizens per hour for one service than any centre sees; guards against typing errors. */
    public static final double MAX_RATE_PER_HOUR = 100_000;

    private final Map<String, double[]> rates;

    private ArrivalProfile(Map<String, double[]> rates) {
        this.rates = rates;
    }

    /** No citizens at all; add rates with {@link #with}. */
    public static ArrivalProfile none() {
        return new ArrivalProfile(new TreeMap<>());
    }

    /** {@code perHour} citizens per hour for {@code service}, around the clock. */
    public static ArrivalProfile constant(String service, double perHour) {
        ArrivalProfile profile = none();
        for (DayOfWeek day : DayOfWeek.values()) {
            profile = profile.with(service, day, 0, 24, perHour);
        }
        return profile;
    }

    /** This profile with {@code perHour} citizens per hour for {@code service} on {@code day}, fromHour to toHour. */
    public ArrivalProfile with(String service, DayOfWeek day, int fromHour, int toHour, double perHour) {
        if (service == null || service.isBlank()) {
            throw new InvalidInputException("profile.service", "must be a service id");
        }
        WeekHours.requireSpan("profile.hours", day, fromHour, toHour);
        if (!(perHour >= 0 && perHour <= MAX_RATE_PER_HOUR)) {
            throw new InvalidInputException("profile.ratePerHour", "must be between 0 and " + MAX_RATE_PER_HOUR
                    + " citizens per hour (got " + perHour + " for '" + service + "' on " + day + ")");
        }
        Map<String, double[]> changed = new TreeMap<>();
        rates.forEach((id, perWeekHour) -> changed.put(id, perWeekHour.clone()));
        double[] serviceRates = changed.computeIfAbsent(service, id -> new double[WeekHours.HOURS_PER_WEEK]);
        for (int hour = fromHour; hour < toHour; hour++) {
            serviceRates[WeekHours.index(day, hour)] = perHour;
        }
        return new ArrivalProfile(changed);
    }

    /** This profile with the same rate Monday to Friday. */
    public ArrivalProfile withWeekdays(String service, int fromHour, int toHour, double perHour) {
        ArrivalProfile profile = this;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                profile = profile.with(service, day, fromHour, toHour, perHour);
            }
        }
        return profile;
    }

    /** Expected citizens per hour for {@code service} on {@code day} in the hour starting at {@code hour}. */
    public double ratePerHour(String service, DayOfWeek day, int hour) {
        double[] serviceRates = rates.get(service);
        return serviceRates == null ? 0 : serviceRates[WeekHours.index(day, hour)];
    }

    /** The services with a rate, in id order. */
    public List<String> services() {
        return List.copyOf(rates.keySet());
    }

    /** Rates indexed [service in id order][hour of week]; a copy. */
    double[][] rateTable() {
        return rates.values().stream().map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ArrivalProfile profile) || !rates.keySet().equals(profile.rates.keySet())) {
            return false;
        }
        return rates.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), profile.rates.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Objects.hash(rates.keySet(), Arrays.deepHashCode(rateTable()));
    }
}
