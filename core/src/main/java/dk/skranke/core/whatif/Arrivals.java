package dk.skranke.core.whatif;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.whatif.internal.ArrivalTable;
import dk.skranke.core.whatif.internal.IndexSort;
import dk.skranke.core.whatif.internal.ProfileSampler;
import dk.skranke.core.whatif.internal.Seconds;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * The demand of a period [from, to): either real arrivals to replay, or a synthetic
 * {@link ArrivalProfile} drawn afresh (from the run's seed) for each run.
 */
public final class Arrivals {

    private final Instant from;
    private final Instant to;
    private final List<Arrival> replay;
    private final ArrivalProfile profile;
    private final ZoneId zone;

    private Arrivals(Instant from, Instant to, List<Arrival> replay, ArrivalProfile profile, ZoneId zone) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("period", "from must be before to (got " + from + " to " + to + ")");
        }
        this.from = from;
        this.to = to;
        this.replay = replay;
        this.profile = profile;
        this.zone = zone;
    }

    /** Real arrivals of [from, to), in any order; each must lie inside the period. */
    public static Arrivals replay(Instant from, Instant to, List<Arrival> arrivals) {
        if (arrivals == null) {
            throw new InvalidInputException("arrivals", "must be given (an empty list is fine)");
        }
        List<Arrival> copy = List.copyOf(arrivals);
        for (int i = 0; i < copy.size(); i++) {
            Instant at = copy.get(i).at();
            if (from != null && to != null && (at.isBefore(from) || !at.isBefore(to))) {
                throw new InvalidInputException("arrivals[" + i + "].at", at + " is outside the period "
                        + from + " to " + to);
            }
        }
        return new Arrivals(from, to, copy, null, null);
    }

    /** Arrivals drawn from {@code profile}, whose hours are local hours of {@code zone}. */
    public static Arrivals synthetic(Instant from, Instant to, ZoneId zone, ArrivalProfile profile) {
        if (zone == null) {
            throw new InvalidInputException("zone", "must be given");
        }
        if (profile == null) {
            throw new InvalidInputException("profile", "must be given");
        }
        return new Arrivals(from, to, null, profile, zone);
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public boolean isReplay() {
        return replay != null;
    }

    /** The arrivals as sorted arrays; synthetic ones drawn with {@code random}. */
    ArrivalTable table(RandomGenerator random) {
        if (profile != null) {
            return new ProfileSampler(profile.rateTable(), profile.services()).sample(zone, from, to, random);
        }
        List<String> ids = new ArrayList<>(new TreeSet<>(replay.stream().map(Arrival::service).toList()));
        Map<String, Integer> index = new HashMap<>();
        ids.forEach(id -> index.put(id, index.size()));
        double[] raw = new double[replay.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Seconds.between(from, replay.get(i).at());
        }
        int[] order = IndexSort.byKey(raw);
        double[] times = new double[raw.length];
        int[] services = new int[raw.length];
        for (int i = 0; i < order.length; i++) {
            times[i] = raw[order[i]];
            services[i] = index.get(replay.get(order[i]).service());
        }
        return new ArrivalTable(times, services, List.copyOf(ids));
    }
}
