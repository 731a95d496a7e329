package dk.skranke.kiosk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.core.i18n.LocalizedText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the kiosk uses of central's {@code GET /branches/{b}}: names, services, desks and today's hours. */
public record BranchInfo(String id, String name, String statusBaseUrl, List<ServiceInfo> services,
        List<List<String>> deskServices, Today today) {

    /** A value: the lists are copied, unmodifiable (elements must not be null; {@code today} may be). */
    public BranchInfo {
        services = List.copyOf(services);
        deskServices = List.copyOf(deskServices.stream().map(List::copyOf).toList());
    }

    /** One service as central describes it; category, selfServiceUrl and nudge may be null. */
    public record ServiceInfo(String id, LocalizedText name, String prefix, LocalizedText category,
            String selfServiceUrl, LocalizedText nudge, int defaultServiceMinutes) {
    }

    /** Today's walk-in hours as central saw them; {@code nextWalkInOpening} may be null. */
    public record Today(LocalDate date, List<String> intervals, boolean appointmentOnly, boolean openNow,
            OffsetDateTime nextWalkInOpening) {

        /** A value: the intervals are copied, unmodifiable. */
        public Today {
            intervals = List.copyOf(intervals);
        }
    }

    public Optional<ServiceInfo> service(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    /** How many desks serve the service (at least 1, for estimates). */
    public int desksServing(String serviceId) {
        return (int) Math.max(1, deskServices.stream().filter(d -> d.contains(serviceId)).count());
    }

    /** Parses the JSON leniently: unknown fields are ignored, missing optional ones become null. */
    public static BranchInfo parse(JsonNode n) {
        List<ServiceInfo> services = new ArrayList<>();
        for (JsonNode s : n.path("services")) {
            services.add(new ServiceInfo(s.path("id").asText(), text(s.path("name"), s.path("id").asText()),
                    s.path("prefix").asText(""), optionalText(s.path("category")), nullable(s.path("selfServiceUrl")),
                    optionalText(s.path("nudge")), s.path("defaultServiceMinutes").asInt(10)));
        }
        List<List<String>> desks = new ArrayList<>();
        for (JsonNode d : n.path("desks")) {
            List<String> ids = new ArrayList<>();
            d.path("services").forEach(s -> ids.add(s.asText()));
            desks.add(ids);
        }
        return new BranchInfo(n.path("id").asText(), n.path("name").asText(n.path("id").asText()),
                nullable(n.path("statusBaseUrl")), services, desks, today(n.path("today")));
    }

    private static Today today(JsonNode t) {
        if (!t.isObject()) {
            return null;
        }
        List<String> intervals = new ArrayList<>();
        t.path("intervals").forEach(i -> intervals.add(i.asText()));
        try {
            String next = nullable(t.path("nextWalkInOpening"));
            return new Today(LocalDate.parse(t.path("date").asText()), intervals,
                    t.path("appointmentOnly").asBoolean(false), t.path("openNow").asBoolean(true),
                    next == null ? null : OffsetDateTime.parse(next));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalizedText text(JsonNode n, String fallback) {
        LocalizedText text = optionalText(n);
        return text == null ? new LocalizedText(fallback, fallback) : text;
    }

    private static LocalizedText optionalText(JsonNode n) {
        if (!n.isObject()) {
            return null;
        }
        String da = n.path("da").asText("");
        String en = n.path("en").asText(da);
        return new LocalizedText(da, en.isEmpty() ? da : en);
    }

    private static String nullable(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }
}
