package dk.skranke.tools.demodata;

import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Service;
import java.time.DayOfWeek;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shape of a citizen service centre's traffic, all randomness from one seed: busy Mondays and
 * Thursdays, quiet Fridays; a morning peak around 10:30 and a smaller one after lunch; services
 * chosen in falling shares (the first configured service most often); service times around each
 * service's default time, right-skewed.
 */
final class TrafficModel {
    private final SplittableRandom random;
    private final double perDay;
    private final List<Service> services;
    private final double[] serviceShares;

    TrafficModel(Branch branch, long seed, double perDay) {
        this.random = new SplittableRandom(seed);
        this.perDay = perDay;
        this.services = branch.services();
        this.serviceShares = new double[services.size()];
        double sum = 0;
        for (int i = 0; i < serviceShares.length; i++) {
            serviceShares[i] = 1.0 / (i + 1.5);
            sum += serviceShares[i];
        }
        for (int i = 0; i < serviceShares.length; i++) {
            serviceShares[i] /= sum;
        }
    }

    /** Expected walk-ins per open hour at {@code hour} (fractional, local) on {@code day}. */
    double walkInsPerHour(DayOfWeek day, double hour, double openHours) {
        double peaks = 1 + 0.8 * Math.exp(-Math.pow(hour - 10.5, 2) / 2) + 0.4 * Math.exp(-Math.pow(hour - 13, 2));
        return perDay * dayFactor(day) * peaks / (openHours * 1.35);
    }

    private static double dayFactor(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.3;
            case TUESDAY -> 1.05;
            case WEDNESDAY -> 0.95;
            case THURSDAY -> 1.15;
            case FRIDAY -> 0.75;
            default -> 0.6;
        };
    }

    Service service() {
        double r = random.nextDouble();
        for (int i = 0; i < serviceShares.length; i++) {
            r -= serviceShares[i];
            if (r < 0) {
                return services.get(i);
            }
        }
        return services.get(services.size() - 1);
    }

    /** Another service than {@code not}, for a transfer; null when the branch has only one. */
    Service otherService(String not) {
        if (services.size() < 2) {
            return null;
        }
        Service other = service();
        return other.id().equals(not) ? services.get((services.indexOf(other) + 1) % services.size()) : other;
    }

    /** Milliseconds of service: the default time times a log-normal factor with mean 1. */
    long serviceMillis(Service service) {
        double factor = Math.exp(0.45 * gaussian() - 0.1);
        return Math.max(60_000, Math.round(service.defaultServiceTime().toMillis() * factor));
    }

    int poisson(double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in [from, to). */
    long between(long from, long to) {
        return to <= from ? from : random.nextLong(from, to);
    }

    double fraction() {
        return random.nextDouble();
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Random characters from {@code alphabet}, for ids, codes and tokens. */
    String text(String alphabet, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }
}
