package dk.skranke.core.branch;

import dk.skranke.core.appointment.CheckInWindow;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.error.NotFoundException;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.queue.QueueRules;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A citizen service centre: its services, desks, opening hours and queue rules. */
public record Branch(
        String id,
        String name,
        List<Service> services,
        List<Desk> desks,
        OpeningHours hours,
        QueueRules rules,
        CheckInWindow checkInWindow) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public Branch {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "must be lower-case letters, digits and '-' (got '" + id + "')");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(checkInWindow, "checkInWindow");
        services = List.copyOf(services);
        desks = List.copyOf(desks);
        requireUnique(services.stream().map(Service::id).toList(), "services", "id");
        requireUnique(services.stream().map(Service::prefix).toList(), "services", "prefix");
        requireUnique(desks.stream().map(Desk::id).toList(), "desks", "id");
        Set<String> known = new HashSet<>(services.stream().map(Service::id).toList());
        for (int d = 0; d < desks.size(); d++) {
            List<String> served = desks.get(d).services();
            for (int s = 0; s < served.size(); s++) {
                if (!known.contains(served.get(s))) {
                    throw new InvalidInputException("desks[" + d + "].services[" + s + "]",
                            "unknown service '" + served.get(s) + "'; known: " + known);
                }
            }
        }
    }

    private static void requireUnique(List<String> values, String list, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                throw new InvalidInputException(list + "[" + i + "]." + field, "duplicate " + field + " '"
                        + values.get(i) + "'");
            }
        }
    }

    public Optional<Service> findService(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    public Service service(String serviceId) {
        return findService(serviceId).orElseThrow(() -> new NotFoundException("service", serviceId));
    }

    public Desk desk(String deskId) {
        return desks.stream().filter(d -> d.id().equals(deskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("desk", deskId));
    }
}
