package dk.skranke.display.room;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the room needs from {@code GET /branches/{b}/queue}: waiting per service, and each desk's current ticket. */
public record QueueSnapshot(Map<String, Integer> waiting, List<DeskNow> desks) {

    public QueueSnapshot {
        waiting = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(waiting));
        desks = List.copyOf(desks);
    }

    /** A desk and its {@code called} or {@code serving} ticket, or none. */
    public record DeskNow(String desk, String name, Current current) {
    }

    /** The ticket at a desk, as {@code Desk.current} gives it. */
    public record Current(String ticketId, String number, String service, String status, int callCount) {
    }
}
