package dk.skranke.display.web;

import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.display.room.BranchInfo;
import dk.skranke.display.room.RoomState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The room as the page gets it ({@code GET /api/room} and every {@code room} event of {@code /api/room/events}):
 * the calls now (newest first), the earlier calls, waiting per service in the branch's order, the info lines and
 * the timings the page needs, and the branch's time zone the page writes every time in. No ticket ids, nothing
 * personal.
 */
public record RoomView(Branch branch, String zone, String connection, Instant connectionSince, List<Serving> nowServing,
        List<Past> history, List<Waiting> waiting, List<LocalizedText> info, long infoRotateMillis,
        long highlightMillis, String latestCall) {

    /** A value: the lists are copied, unmodifiable ({@code latestCall} is null while nobody is called). */
    public RoomView {
        nowServing = List.copyOf(nowServing);
        history = List.copyOf(history);
        waiting = List.copyOf(waiting);
        info = List.copyOf(info);
    }

    /** The branch's id and name. */
    public record Branch(String id, String name) {
    }

    /** A ticket called now: {@code key} changes with every call, so the page can highlight a recall too. */
    public record Serving(String number, String desk, String deskName, String status, Instant calledAt, int callCount,
            String key) {
    }

    /** An earlier call. */
    public record Past(String number, String desk, String deskName, Instant calledAt) {
    }

    /** Tickets waiting for a service, with the service's names. */
    public record Waiting(String service, LocalizedText name, int waiting) {
    }

    public static RoomView of(RoomState room, DisplayConfig config) {
        List<Serving> serving = room.nowServing().stream().map(t -> new Serving(t.number(), t.desk(),
                room.deskName(t.desk()), t.status(), t.calledAt(), t.callCount(), t.callKey())).toList();
        Set<String> current = new LinkedHashSet<>();
        room.nowServing().forEach(t -> current.add(t.ticketId()));
        List<Past> past = room.history().stream().filter(t -> !current.contains(t.ticketId()))
                .limit(config.room().history())
                .map(t -> new Past(t.number(), t.desk(), room.deskName(t.desk()), t.calledAt())).toList();
        String latest = room.nowServing().isEmpty() ? null : room.nowServing().get(0).callKey();
        return new RoomView(new Branch(room.branch().id(), room.branch().name()), config.zone().getId(),
                room.connection().wire(),
                room.connectionSince(), serving, past, waiting(room), config.info().lines(),
                config.info().rotate().toMillis(), config.room().highlight().toMillis(), latest);
    }

    private static List<Waiting> waiting(RoomState room) {
        List<Waiting> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (BranchInfo.ServiceName s : room.branch().services()) {
            out.add(new Waiting(s.id(), s.name(), room.waiting().getOrDefault(s.id(), 0)));
            seen.add(s.id());
        }
        room.waiting().forEach((service, count) -> {
            if (!seen.contains(service)) {
                out.add(new Waiting(service, new LocalizedText(service, service), count));
            }
        });
        return out;
    }
}
