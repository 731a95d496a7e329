package dk.skranke.core.whatif.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws arrivals from hourly rates: a Poisson process whose rate is constant within each local hour
 * (so a repeated hour in October counts twice and the skipped hour in March not at all); the service
 * of each arrival is chosen in proportion to the services' rates in that hour.
 */
public final class ProfileSampler {

    private static final int HOURS_PER_WEEK = 168;

    private final double[][] rates;
    private final double[] totals = new double[HOURS_PER_WEEK];
    private final List<String> serviceIds;

    /** {@code rates[service][hourOfWeek]} in citizens per hour, services in the order of {@code serviceIds}. */
    public ProfileSampler(double[][] rates, List<String> serviceIds) {
        this.rates = Arrays.stream(rates).map(double[]::clone).toArray(double[][]::new);
        this.serviceIds = List.copyOf(serviceIds);
        for (double[] serviceRates : this.rates) {
            for (int hour = 0; hour < HOURS_PER_WEEK; hour++) {
                totals[hour] += serviceRates[hour];
            }
        }
    }

    public ArrivalTable sample(ZoneId zone, Instant from, Instant to, RandomGenerator random) {
        Growing arrivals = new Growing();
        Instant hourStart = from;
        while (hourStart.isBefore(to)) {
            ZonedDateTime local = hourStart.atZone(zone);
            Instant next = local.withMinute(0).withSecond(0).withNano(0).plusHours(1).toInstant();
            Instant hourEnd = next.isBefore(to) ? next : to;
            int hour = weekHour(local.getDayOfWeek(), local.getHour());
            sampleHour(hour, Seconds.between(from, hourStart), Seconds.between(from, hourEnd), random, arrivals);
            hourStart = hourEnd;
        }
        return arrivals.toTable(serviceIds);
    }

    private void sampleHour(int hour, double start, double end, RandomGenerator random, Growing arrivals) {
        double total = totals[hour];
        if (total <= 0) {
            return;
        }
        double perSecond = total / 3600.0;
        double t = start - Math.log(1 - random.nextDouble()) / perSecond;
        while (t < end) {
            arrivals.add(t, pickService(hour, total * random.nextDouble()));
            t -= Math.log(1 - random.nextDouble()) / perSecond;
        }
    }

    private int pickService(int hour, double point) {
        double cumulative = 0;
        int last = 0;
        for (int service = 0; service < rates.length; service++) {
            if (rates[service][hour] > 0) {
                cumulative += rates[service][hour];
                last = service;
                if (point < cumulative) {
                    return service;
                }
            }
        }
        return last; // only when rounding leaves the point just above the sum
    }

    private static int weekHour(DayOfWeek day, int hour) {
        return (day.getValue() - 1) * 24 + hour;
    }

    /** Arrays that grow as arrivals are drawn. */
    private static final class Growing {
        private double[] times = new double[1024];
        private int[] services = new int[1024];
        private int size;

        void add(double time, int service) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                services = Arrays.copyOf(services, size * 2);
            }
            times[size] = time;
            services[size++] = service;
        }

        ArrivalTable toTable(List<String> ids) {
            return new ArrivalTable(Arrays.copyOf(times, size), Arrays.copyOf(services, size), ids);
        }
    }
}
