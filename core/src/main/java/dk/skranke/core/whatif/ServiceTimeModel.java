package dk.skranke.core.whatif;

import dk.skranke.core.error.InvalidInputException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** How long serving one citizen takes, per service, drawn at random from measured times or a distribution. */
public sealed interface ServiceTimeModel {

    /** Whether this model knows a service time for {@code service}. */
    boolean covers(String service);

    /** One service time in seconds for a citizen of {@code service}. */
    double sampleSeconds(String service, RandomGenerator random);

    /** Exponentially distributed times with the same mean for every service. */
    static ServiceTimeModel exponential(Duration mean) {
        return new Exponential(Map.of(), mean);
    }

    /** Exponentially distributed times with a mean per service. */
    static ServiceTimeModel exponential(Map<String, Duration> means) {
        return new Exponential(means, null);
    }

    /** Times drawn with equal chance from the times measured per service (the empirical distribution). */
    static ServiceTimeModel empirical(Map<String, List<Duration>> measured) {
        return new Empirical(measured);
    }

    /** The same time for everyone; for hand-checked examples. */
    static ServiceTimeModel fixed(Duration each) {
        return new Fixed(each);
    }

    /** Exponential times: mean per service, {@code fallback} (may be null) for services not in the map. */
    record Exponential(Map<String, Duration> means, Duration fallback) implements ServiceTimeModel {

        public Exponential {
            means = Map.copyOf(requireGiven(means, "serviceTimes.means"));
            means.forEach((service, mean) -> requirePositive(mean, "serviceTimes.means." + service));
            if (fallback != null) {
                requirePositive(fallback, "serviceTimes.mean");
            }
        }

        @Override
        public boolean covers(String service) {
            return fallback != null || means.containsKey(service);
        }

        @Override
        public double sampleSeconds(String service, RandomGenerator random) {
            double mean = seconds(means.getOrDefault(service, fallback));
            return -mean * Math.log(1 - random.nextDouble());
        }
    }

    /** Measured times per service, each drawn with equal chance. */
    record Empirical(Map<String, List<Duration>> measured) implements ServiceTimeModel {

        public Empirical {
            Map<String, List<Duration>> copy = new HashMap<>();
            requireGiven(measured, "serviceTimes.measured").forEach((service, times) -> {
                String field = "serviceTimes.measured." + service;
                if (times == null || times.isEmpty()) {
                    throw new InvalidInputException(field, "needs at least one measured time");
                }
                times.forEach(time -> requireNotNegative(time, field));
                copy.put(service, List.copyOf(times));
            });
            measured = Map.copyOf(copy);
        }

        @Override
        public boolean covers(String service) {
            return measured.containsKey(service);
        }

        @Override
        public double sampleSeconds(String service, RandomGenerator random) {
            List<Duration> times = measured.get(service);
            return seconds(times.get(random.nextInt(times.size())));
        }
    }

    /** Everyone takes {@code each}. */
    record Fixed(Duration each) implements ServiceTimeModel {

        public Fixed {
            requirePositive(each, "serviceTimes.each");
        }

        @Override
        public boolean covers(String service) {
            return true;
        }

        @Override
        public double sampleSeconds(String service, RandomGenerator random) {
            random.nextDouble(); // keeps the random stream the same as with the other models
            return seconds(each);
        }
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    private static <T> T requireGiven(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "must be given");
        }
        return value;
    }

    private static void requirePositive(Duration duration, String field) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new InvalidInputException(field, "must be a positive duration (got " + duration + ")");
        }
    }

    private static void requireNotNegative(Duration duration, String field) {
        if (duration == null || duration.isNegative()) {
            throw new InvalidInputException(field, "must not be negative (got " + duration + ")");
        }
    }
}
