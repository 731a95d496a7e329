package dk.skranke.display.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.display.room.BranchInfo;
import dk.skranke.display.room.QueueSnapshot;
import dk.skranke.display.room.RoomEvent;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads central's JSON (branch, queue, event data; docs/api.md §4-§6) into the room's values; ignores unknown fields. */
public final class WireFormat {
    private final ObjectMapper json;

    public WireFormat(ObjectMapper json) {
        this.json = json;
    }

    /** {@code GET /branches/{b}}. */
    public BranchInfo branch(JsonNode body) {
        List<BranchInfo.ServiceName> services = new ArrayList<>();
        for (JsonNode s : body.path("services")) {
            String id = s.path("id").asText("");
            JsonNode name = s.path("name");
            services.add(new BranchInfo.ServiceName(id, new LocalizedText(name.path("da").asText(id),
                    name.path("en").asText(name.path("da").asText(id)))));
        }
        List<BranchInfo.DeskName> desks = new ArrayList<>();
        for (JsonNode d : body.path("desks")) {
            String id = d.path("id").asText("");
            desks.add(new BranchInfo.DeskName(id, d.path("name").asText(id)));
        }
        return new BranchInfo(body.path("id").asText(""), body.path("name").asText(null), services, desks);
    }

    /** {@code GET /branches/{b}/queue}. */
    public QueueSnapshot queue(JsonNode body) {
        Map<String, Integer> waiting = new LinkedHashMap<>();
        for (JsonNode s : body.path("services")) {
            waiting.put(s.path("service").asText(""), s.path("waiting").asInt(0));
        }
        List<QueueSnapshot.DeskNow> desks = new ArrayList<>();
        for (JsonNode d : body.path("desks")) {
            JsonNode c = d.path("current");
            QueueSnapshot.Current current = c.isObject() ? new QueueSnapshot.Current(c.path("id").asText(),
                    c.path("number").asText(), c.path("service").asText(null), c.path("status").asText(null),
                    c.path("callCount").asInt(1)) : null;
            String id = d.path("id").asText("");
            desks.add(new QueueSnapshot.DeskNow(id, d.path("name").asText(id), current));
        }
        return new QueueSnapshot(waiting, desks);
    }

    /** One stream event; throws IllegalArgumentException when its data is not a JSON object. */
    public RoomEvent event(SseEvent event) {
        JsonNode data;
        try {
            data = json.readTree(event.data());
        } catch (IOException e) {
            throw new IllegalArgumentException("event data is not JSON", e);
        }
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("event data is not a JSON object");
        }
        return new RoomEvent(eventId(event.id()), event.event(), ticket(data.path("ticket")),
                ticket(data.path("from")), desk(data.path("desk")), waiting(data.path("waiting")));
    }

    /** Central's event ids are non-negative integers; anything else counts as no id. */
    public static Long eventId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(id.trim());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static RoomEvent.TicketData ticket(JsonNode t) {
        if (!t.isObject()) {
            return null;
        }
        return new RoomEvent.TicketData(t.path("id").asText(null), t.path("number").asText(null),
                t.path("service").asText(null), t.path("status").asText(null), text(t.path("desk")),
                Language.fromCode(t.path("language").asText(null)).orElse(Language.DA), time(t.path("calledAt")),
                t.path("callCount").asInt(0));
    }

    private static RoomEvent.DeskData desk(JsonNode d) {
        return d.isObject() ? new RoomEvent.DeskData(text(d.path("id")), text(d.path("name"))) : null;
    }

    private static Map<String, Integer> waiting(JsonNode w) {
        if (!w.isObject()) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        w.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt(0)));
        return counts;
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static Instant time(JsonNode n) {
        if (!n.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(n.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
