package dk.skranke.central.api;

import static dk.skranke.central.api.FuzzRandom.weight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** JSON texts for the fuzzer: objects of a route's fields with good and bad values, and any JSON at all. */
final class FuzzJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final List<String> ANY_FIELD = List.of("null", "true", "0", "-1", "1.5", "1e400", "\"\"",
            "\"   \"", "[]", "{}", "[null]", "\"\\u0000\"", "\"\\ud800\"", "\"" + "x".repeat(5000) + "\"",
            "99999999999999999999999", "-0", "\"\\u202e\u00e6\u00f8\u00e5\ud83d\ude00\"");
    private static final String SOON = "\"2026-11-23T10:05:00+01:00\"";
    /** Values that are right for each field, and some that are almost right. */
    private static final Map<String, List<String>> FIELD_VALUES = Map.ofEntries(
            Map.entry("service", List.of("\"pas\"", "\"koerekort\"", "\"flytning\"", "\"nope\"", "\"PAS\"", "42",
                    "\" pas \"")),
            Map.entry("language", List.of("\"da\"", "\"en\"", "\"EN\"", "\"fr\"", "7", "\"da-DK\"")),
            Map.entry("clientRequestId", List.of("\"fuzz-1\"", "\"fuzz-2\"", "\"has spaces\"", "5",
                    "\"" + "c".repeat(101) + "\"", "\"a.b:c_d-e\"")),
            Map.entry("code", List.of("\"ACDE34\"", "\"ZZZZZZ\"", "\"!!\"", "1234", "\"" + "C".repeat(41) + "\"")),
            Map.entry("start", List.of(SOON, "\"2026-11-23T09:00:00Z\"", "\"tomorrow\"", "\"2026-11-23T10:30:00\"",
                    "\"2026-13-45T10:00:00+01:00\"", "\"+999999999-12-31T23:59:59Z\"", "\"1999-01-01T00:00:00Z\"",
                    "\"2026-11-23T10:05:00+18:00\"", "\"2026-11-23T10:05:00.123456789+01:00\"")),
            Map.entry("durationMinutes", List.of("15", "1", "480", "481", "0", "-5", "1.5", "\"ten\"",
                    "99999999999")),
            Map.entry("reference", List.of("\"demo-1\"", "\"S\u00f8ren \u00c6r\u00f8\"", "\"" + "r".repeat(101) + "\"",
                    "\"<script>alert(1)</script>\"", "\"'; DROP TABLE tickets; --\"")),
            Map.entry("outcomes", List.of("[\"could-have-been-digital\"]", "[\"needs-follow-up\"]", "[]", "[\"nope\"]",
                    "\"could-have-been-digital\"", "[1]", "{\"a\":1}")),
            Map.entry("outcome", List.of("\"deflected\"", "\"declined\"", "\"abandoned\"", "\"maybe\"", "1")),
            Map.entry("printer", List.of("\"ok\"", "\"paper-out\"", "\"near-end\"", "\"broken\"", "42")),
            Map.entry("version", List.of("\"1.0.0\"", "\"" + "v".repeat(41) + "\"", "1")),
            Map.entry("size", List.of("1", "10", "9999", "10000", "0", "-1", "\"ten\"", "2147483648")),
            Map.entry("number", List.of("\"P501\"", "\"P999\"", "\"K501\"", "\"P1\"", "\"X\"", "5",
                    "\"P" + "9".repeat(18) + "\"")),
            Map.entry("issuedAt", List.of("\"2026-11-23T09:59:00+01:00\"", "\"2026-11-22T09:59:00+01:00\"",
                    "\"2026-11-23T11:00:00+01:00\"", "\"yesterday\"", "\"2026-11-23T09:59:00\"")),
            Map.entry("publicToken", List.of("\"" + "t".repeat(40) + "\"", "\"short\"", "\"" + "t".repeat(65) + "\"",
                    "\"has spaces and more than thirty-two characters\"")),
            Map.entry("username", List.of("\"anna\"", "\"nobody\"", "\"\"", "\"" + "u".repeat(70) + "\"")),
            Map.entry("password", List.of("\"x\"", "\"\"", "1", "\"" + "p".repeat(2000) + "\"")),
            Map.entry("from", List.of("\"2026-11-02\"", "\"2026-03-01\"", "\"1999-01-01\"", "\"soon\"")),
            Map.entry("to", List.of("\"2026-11-03\"", "\"2026-03-31\"", "\"2101-01-01\"", "\"2026-11-01\"")),
            Map.entry("proposalA", List.of("{\"name\":\"a\",\"hours\":{\"weekly\":{\"monday\":[\"09:00-12:00\"]}},"
                    + "\"desks\":2}", "{\"name\":\"a\",\"hours\":{\"weekly\":{\"monday\":[\"12:00-09:00\"]}},\"desks\":0}",
                    "{\"hours\":{\"weekly\":{\"moonday\":[]}}}", "{\"name\":1}")),
            Map.entry("proposalB", List.of("{\"name\":\"b\",\"hours\":{\"weekly\":{\"tuesday\":[\"10:00-11:00\"]}},"
                    + "\"desks\":{\"default\":1,\"hours\":[{\"from\":9,\"to\":8,\"desks\":1}]}}", "[]")),
            Map.entry("seed", List.of("1", "-1", "1.5", "\"s\"")),
            Map.entry("closedPolicy", List.of("\"wait\"", "\"turn-away\"", "1")),
            Map.entry("demand", List.of("{\"rates\":[{\"service\":\"skat\",\"perHour\":1}]}",
                    "{\"rates\":[{\"service\":\"pas\",\"perHour\":-1}]}", "{\"rates\":\"many\"}")));

    /** A right value for each field a handler requires, so that a well-formed request reaches the domain. */
    private static final Map<String, Function<FuzzRandom, String>> GOOD = Map.ofEntries(
            Map.entry("service", r -> r.pick(List.of("\"pas\"", "\"koerekort\"", "\"flytning\""))),
            Map.entry("language", r -> r.pick(List.of("\"da\"", "\"en\""))),
            Map.entry("clientRequestId", r -> "\"fuzz-" + r.between(1, 5000) + "\""),
            Map.entry("code", r -> "\"" + r.chars("ACDEFHJKMNPRTUVWXY34679", 6) + "\""),
            Map.entry("start", r -> "\"" + OffsetDateTime.parse("2026-11-23T10:00:00+01:00")
                    .plusMinutes(r.between(-20, 120)) + "\""),
            Map.entry("durationMinutes", r -> r.pick(List.of("15", "30"))),
            Map.entry("outcomes", r -> r.pick(List.of("[\"could-have-been-digital\"]", "[]"))),
            Map.entry("outcome", r -> r.pick(List.of("\"deflected\"", "\"declined\"", "\"abandoned\""))),
            Map.entry("printer", r -> r.pick(List.of("\"ok\"", "\"paper-out\""))),
            Map.entry("size", r -> String.valueOf(r.between(1, 20))),
            Map.entry("number", r -> "\"P" + r.between(501, 560) + "\""),
            Map.entry("issuedAt", r -> "\"2026-11-23T09:59:00+01:00\""),
            Map.entry("publicToken", r -> "\"" + r.chars(ALPHANUMERIC, 40) + "\""),
            Map.entry("username", r -> r.pick(List.of("\"anna\"", "\"nobody\""))),
            Map.entry("password", r -> "\"x\""));

    private final FuzzRandom random;

    FuzzJson(FuzzRandom random) {
        this.random = random;
    }

    /** An object with a right value for each of the fields that have one (what-if fields never: runs are costly). */
    String good(List<String> fields) {
        List<String> members = new ArrayList<>();
        for (String name : fields) {
            if (GOOD.containsKey(name)) {
                members.add(quote(name) + ":" + GOOD.get(name).apply(random));
            }
        }
        return "{" + String.join(",", members) + "}";
    }

    /** An object of some of the fields (each with a listed value or any value), now and then an unknown one. */
    String object(List<String> fields) {
        List<String> names = new ArrayList<>(fields);
        names.add("unknownField");
        List<String> members = random.list(0, Math.max(2, fields.size() + 1), () -> {
            String name = random.pick(names);
            return quote(name) + ":" + fieldValue(name);
        });
        return "{" + String.join(",", members) + "}";
    }

    private String fieldValue(String name) {
        List<String> values = FIELD_VALUES.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return random.oneOf(weight(1, () -> random.pick(ANY_FIELD)), weight(1, () -> value(2)));
        }
        return random.oneOf(weight(6, () -> random.pick(values)), weight(1, () -> random.pick(ANY_FIELD)),
                weight(1, () -> value(2)));
    }

    /** Any JSON value up to the given depth: numbers, strings of any characters, literals, arrays, objects. */
    String value(int depth) {
        if (depth <= 0) {
            return leaf();
        }
        return random.oneOf(weight(4, this::leaf),
                weight(1, () -> "[" + String.join(",", random.list(0, 4, () -> value(depth - 1))) + "]"),
                weight(1, () -> "{" + String.join(",", random.list(0, 4,
                        () -> quote(random.text(12)) + ":" + value(depth - 1))) + "}"));
    }

    private String leaf() {
        return random.oneOf(weight(1, () -> String.valueOf(random.anyInt())),
                weight(1, () -> String.valueOf(random.anyLong())),
                weight(1, () -> number(random.anyDouble())),
                weight(1, () -> quote(random.text(40))),
                weight(1, () -> random.pick(List.of("true", "false", "null"))));
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "0";
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
