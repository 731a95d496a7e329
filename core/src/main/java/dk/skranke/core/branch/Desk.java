package dk.skranke.core.branch;

import dk.skranke.core.error.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A desk (skranke) and the services it serves, in its own order. */
public record Desk(String id, String name, List<String> services, ServiceOrder order) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");

    public Desk {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "must be letters, digits and '-', at most 20 (got '" + id + "')");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(order, "order");
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw new InvalidInputException("services", "a desk must serve at least one service");
        }
        if (new HashSet<>(services).size() != services.size()) {
            throw new InvalidInputException("services", "a service is listed twice");
        }
    }

    public boolean serves(String serviceId) {
        return services.contains(serviceId);
    }

    /** Position of the service in this desk's order; lower goes first. */
    public int rankOf(String serviceId) {
        int rank = services.indexOf(serviceId);
        if (rank < 0) {
            throw new IllegalArgumentException("desk " + id + " does not serve " + serviceId);
        }
        return rank;
    }
}
