package dk.skranke.core.branch;

import dk.skranke.core.appointment.CheckInWindow;
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
            throw new IllegalArgumentException("id must be lower-case letters, digits and '-' (got '" + id + "')");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(checkInWindow, "checkInWindow");
        services = List.copyOf(services);
        desks = List.copyOf(desks);
        requireUnique(services.stream().map(Service::id).toList(), "service id");
        requireUnique(services.stream().map(Service::prefix).toList(), "service prefix");
        requireUnique(desks.stream().map(Desk::id).toList(), "desk id");
        Set<String> known = new HashSet<>(services.stream().map(Service::id).toList());
        for (Desk desk : desks) {
            for (String service : desk.services()) {
                if (!known.contains(service)) {
                    throw new IllegalArgumentException("desk " + desk.id() + " serves unknown service '" + service + "'");
                }
            }
        }
    }

    private static void requireUnique(List<String> values, String what) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw new IllegalArgumentException("duplicate " + what + " '" + value + "'");
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
