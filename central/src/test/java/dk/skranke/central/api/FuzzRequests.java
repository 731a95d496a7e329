package dk.skranke.central.api;

import static dk.skranke.central.testing.TestConfig.ADMIN;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random requests over every route of central: mostly the route's own method with a token of each
 * role (so that authentication passes and the handlers' validation is reached), sometimes another
 * method, odd path segments and queries, hostile JSON, odd headers and content types.
 */
final class FuzzRequests {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD",
            "TRACE", "FUZZ");
    /** Path segments no client should send, percent-encoded as they go on the wire. */
    private static final List<String> ODD_SEGMENTS = List.of("", ".", "..", "%2e%2e", "%2F", "%00", "%zz", "%",
            "a%20b", "%C3%A6%C3%B8%C3%A5", "%FF", "x".repeat(300), ";a=b", "..;", "~root", "*", "%7Bid%7D", "-1", "0",
            "null", "%E2%80%AE", "a+b", "%0d%0a", "t_", "t_" + "z".repeat(16), "A".repeat(64), "A".repeat(65));
    private static final List<String> QUERY_NAMES = List.of("date", "from", "to", "groupBy", "format", "part",
            "shiftShare", "lang", "next", "access_token", "lastEventId", "x", "");
    private static final List<String> QUERY_VALUES = List.of("2026-11-23", "2026-03-01", "2026-03-31", "1999-01-01",
            "2101-01-01", "csv", "json", "xml", "all", "day", "hour", "week", "0.5", "NaN", "-1", "1e309", "da", "en",
            "/staff", "//evil.example", "/admin/reports", STAFF, ADMIN, KIOSK, "%zz", "%00", "", "%C3%A6", "a%26b%3Dc",
            "9".repeat(40), "q".repeat(2000));
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=ebcdic", "application/json; charset=", "application/json; charset=\"\"",
            "application/json; charset=utf-16", "APPLICATION/JSON", "text/plain", "text/plain; charset=x-none",
            "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=ebcdic",
            "multipart/form-data", "multipart/form-data; boundary=b1", "application/xml", "*/*", ";", "json",
            "application/json; boundary=x; charset=utf-8; charset=latin1");
    private static final List<String> AUTHORIZATIONS = List.of("Bearer", "Bearer ", "Basic a2lvc2s6eA==",
            "bearer " + KIOSK, "BEARER " + STAFF, "Bearer " + STAFF.toUpperCase(), "Bearer  " + ADMIN + " ",
            "Bearer " + "k".repeat(600), "Bearer \u00e6\u00f8\u00e5", "Bearer %zz", "Token " + ADMIN, STAFF);
    private static final List<String> EXTRA_HEADERS = List.of("Accept: text/event-stream", "Accept: */*",
            "Accept: application/json", "Accept: text/event-stream;q=abc", "Accept: \u00e6/\u00f8", "Accept: ,,,;;",
            "Accept-Language: en", "Accept-Language: x;q=NaN", "X-Skranke-Csrf: " + "c".repeat(43),
            "X-Skranke-Csrf: ", "Cookie: skranke_session=" + "s".repeat(43), "Cookie: skranke_session=%zz; ;;=",
            "Cookie: \"a=b", "Last-Event-ID: 0", "Last-Event-ID: -1", "Last-Event-ID: abc",
            "Last-Event-ID: 99999999999999999999", "Last-Event-ID: 3", "Origin: http://localhost",
            "Origin: https://evil.example", "Origin: null", "Origin: %zz://", "Sec-Fetch-Site: cross-site",
            "Sec-Fetch-Site: same-origin", "Referer: javascript:alert(1)", "X-Forwarded-For: 10.0.0.1, ::1, x",
            "If-None-Match: *", "Range: bytes=0-1", "Transfer-Encoding: identity", "X-Fuzz: \u00ff\u0080",
            "X-Fuzz: a\u0001b", "X-Fuzz: " + "h".repeat(9000));
    /** Broken, odd or hostile bodies: each a way a client can get JSON or its encoding wrong. */
    private static final List<byte[]> HOSTILE_BODIES = hostileBodies();

    private final Known known;

    /** Ids central has handed out, so that some requests find a real ticket. */
    record Known(List<String> ticketIds, List<String> publicTokens) {
    }

    FuzzRequests(Known known) {
        this.known = known;
    }

    Arbitrary<FuzzRequest> requests() {
        return Arbitraries.of(FuzzRoutes.ALL).flatMap(route -> Combinators.combine(method(route), target(route),
                headers(route), body(route)).as((method, target, headers, body) -> new FuzzRequest(method, target,
                headers, "GET".equals(method) || "HEAD".equals(method) ? null : body.orElseGet(() -> new byte[0]))));
    }

    private static Arbitrary<String> method(FuzzRoutes.Route route) {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(route.method())),
                Tuple.of(2, Arbitraries.of(METHODS)));
    }

    private Arbitrary<String> target(FuzzRoutes.Route route) {
        Matcher matcher = PLACEHOLDER.matcher(route.template());
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        Arbitrary<List<String>> values = names.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(names.stream().map(this::segment).toList()).as(list -> list);
        Arbitrary<String> suffix = Arbitraries.frequencyOf(Tuple.of(18, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("/", "/extra", "//", "/..", "/%2e")));
        return Combinators.combine(values, suffix, query()).as((filled, tail, query) -> {
            String path = route.template();
            for (String value : filled) {
                path = path.replaceFirst("\\{\\w+}", Matcher.quoteReplacement(value));
            }
            return path + tail + query;
        });
    }

    private Arbitrary<String> segment(String placeholder) {
        List<String> good = switch (placeholder) {
            case "branch" -> List.of("test", "test", "test", "test", "test", "other", "nope", "TEST");
            case "desk" -> List.of("1", "2", "3", "99");
            case "id" -> concat(known.ticketIds(), "t_doesnotexist00");
            case "token" -> concat(known.publicTokens(), "p".repeat(40));
            case "device" -> List.of("kiosk-1", "display-1", "desk-1", "kiosk-other", "nope");
            case "job" -> List.of("w_unknown", "w_" + "0".repeat(16));
            case "file" -> List.of("staff.css", "common.js", "console.js", "devices.js", "status.css", "status.js",
                    "admin.css", "charts.js", "chart.umd.js", "passwd", "..%2Fstatus.css");
            case "language" -> List.of("da", "en", "EN", "fr", "");
            default -> throw new IllegalArgumentException("no values for {" + placeholder + "}");
        };
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(good)), Tuple.of(1, Arbitraries.of(ODD_SEGMENTS)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("_-.~").ofMaxLength(70)));
    }

    private static List<String> concat(List<String> values, String more) {
        List<String> all = new ArrayList<>(values);
        all.add(more);
        return all;
    }

    private static Arbitrary<String> query() {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of(QUERY_NAMES), Arbitraries.of(QUERY_VALUES))
                .as((name, value) -> name + "=" + value);
        Arbitrary<String> pairs = pair.list().ofMinSize(1).ofMaxSize(4).map(list -> "?" + String.join("&", list));
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")), Tuple.of(3, pairs),
                Tuple.of(1, Arbitraries.of("?", "?&&==&", "?%", "?date=2026-11-23&date=x", "?=")));
    }

    private static Arbitrary<List<String>> headers(FuzzRoutes.Route route) {
        Arbitrary<String> authorization = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(route.tokens()).map(token -> "Authorization: Bearer " + token)),
                Tuple.of(2, Arbitraries.of(FuzzRoutes.EVERY_TOKEN).map(token -> "Authorization: Bearer " + token)),
                Tuple.of(1, Arbitraries.of(AUTHORIZATIONS).map(value -> "Authorization: " + value)),
                Tuple.of(1, Arbitraries.just("")));
        Arbitrary<String> contentType = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just("Content-Type: "
                + "application/json")), Tuple.of(4, Arbitraries.of(CONTENT_TYPES).map(type -> "Content-Type: " + type)),
                Tuple.of(1, Arbitraries.just("")));
        Arbitrary<List<String>> extras = Arbitraries.of(EXTRA_HEADERS).list().ofMaxSize(2);
        return Combinators.combine(authorization, contentType, extras).as((auth, type, more) -> {
            List<String> lines = new ArrayList<>();
            if (!auth.isEmpty()) {
                lines.add(auth);
            }
            if (!type.isEmpty()) {
                lines.add(type);
            }
            lines.addAll(more);
            return lines;
        });
    }

    /** Empty (no body), or the route's own fields with good and bad values, random JSON, or a hostile body. */
    private static Arbitrary<Optional<byte[]>> body(FuzzRoutes.Route route) {
        Arbitrary<byte[]> good = FuzzJson.good(route.fields()).map(json -> json.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> fields = FuzzJson.object(route.fields()).map(json -> json.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> any = FuzzJson.value(3).map(json -> json.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Optional.<byte[]>empty())),
                Tuple.of(6, good.map(Optional::of)), Tuple.of(6, fields.map(Optional::of)),
                Tuple.of(2, any.map(Optional::of)),
                Tuple.of(3, Arbitraries.of(HOSTILE_BODIES).map(Optional::of)),
                Tuple.of(1, bytes.map(Optional::of)));
    }

    private static List<byte[]> hostileBodies() {
        List<String> texts = List.of("", " ", "{}", "[]", "null", "42", "\"text\"", "{bad", "{\"service\":\"pas\"} 1",
                "{\"service\":\"pas\"}{}", "{\"service\":NaN}", "{\"size\":-Infinity}", "{'service':'pas'}",
                "{service:\"pas\"}", "{\"service\":\"pas\",}", "/* c */{}", "{\"service\":\"p\\x\"}",
                "{\"service\":\"\\ud800\"}", "{\"reference\":\"\\u0000\"}", "{\"service\":\"pas\",\"service\":\"koerekort\"}",
                "{\"a\":" .repeat(1200) + "1" + "}".repeat(1200), "[".repeat(3000), "{\"size\":" + "9".repeat(1500) + "}",
                "{\"" + "n".repeat(60_000) + "\":1}", "{\"service\":\"" + "x".repeat(70_000) + "\"}",
                "\uFEFF{\"service\":\"pas\"}", "username=anna&password=x&next=%2Fstaff", "username=%zz",
                "csrf=" + "c".repeat(43), "--b1\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nanna\r\n--b1--\r\n",
                "<?xml version=\"1.0\"?><a/>", "{\"start\":\"+999999999-12-31T23:59:59Z\",\"durationMinutes\":15,"
                        + "\"service\":\"pas\"}", "{\"issuedAt\":\"2026-11-23T10:00:00+18:00\"}",
                "{\"outcomes\":[" + "\"needs-follow-up\",".repeat(2000) + "\"x\"]}");
        List<byte[]> bodies = new ArrayList<>();
        texts.forEach(text -> bodies.add(text.getBytes(StandardCharsets.UTF_8)));
        bodies.add("{\"reference\":\"S\u00f8ren\"}".getBytes(StandardCharsets.ISO_8859_1));
        bodies.add("{\"service\":\"pas\"}".getBytes(StandardCharsets.UTF_16));
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'});
        return bodies;
    }
}
