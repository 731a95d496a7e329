package dk.skranke.central.api;

import static dk.skranke.central.testing.TestConfig.ADMIN;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;

import static dk.skranke.central.api.FuzzRandom.weight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random requests over every route of central: mostly the route's own method with a token of each
 * role (so that authentication passes and the handlers' validation is reached), sometimes another
 * method, odd path segments and queries, hostile JSON, odd headers and content types.
 */
final class FuzzRequests {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final List<String> TRAILERS = List.of("/", "/extra", "//", "/..", "/%2e");
    private static final List<String> ODD_QUERIES = List.of("?", "?&&==&", "?%", "?date=2026-11-23&date=x", "?=");
    private static final String SEGMENT_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-.~";
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
    private final FuzzRandom random;
    private final FuzzJson json;

    /** Ids central has handed out, so that some requests find a real ticket. */
    record Known(List<String> ticketIds, List<String> publicTokens) {
    }

    FuzzRequests(Known known, FuzzRandom random) {
        this.known = known;
        this.random = random;
        this.json = new FuzzJson(random);
    }

    /** The next request: a route, then its method, target, headers and (unless GET or HEAD) body, in that order. */
    FuzzRequest next() {
        FuzzRoutes.Route route = random.pick(FuzzRoutes.ALL);
        String method = method(route);
        String target = target(route);
        List<String> headers = headers(route);
        byte[] body = "GET".equals(method) || "HEAD".equals(method) ? null : body(route);
        return new FuzzRequest(method, target, headers, body);
    }

    private String method(FuzzRoutes.Route route) {
        return random.oneOf(weight(8, route::method), weight(2, () -> random.pick(METHODS)));
    }

    private String target(FuzzRoutes.Route route) {
        String path = route.template();
        Matcher matcher = PLACEHOLDER.matcher(route.template());
        while (matcher.find()) {
            path = path.replaceFirst("\\{\\w+}", Matcher.quoteReplacement(segment(matcher.group(1))));
        }
        String trailer = random.oneOf(weight(18, () -> ""), weight(1, () -> random.pick(TRAILERS)));
        return path + trailer + query();
    }

    private String segment(String placeholder) {
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
        return random.oneOf(weight(6, () -> random.pick(good)), weight(1, () -> random.pick(ODD_SEGMENTS)),
                weight(1, () -> random.upTo(SEGMENT_CHARS, 70)));
    }

    private static List<String> concat(List<String> values, String more) {
        List<String> all = new ArrayList<>(values);
        all.add(more);
        return all;
    }

    private String query() {
        return random.oneOf(weight(6, () -> ""),
                weight(3, () -> "?" + String.join("&", random.list(1, 4,
                        () -> random.pick(QUERY_NAMES) + "=" + random.pick(QUERY_VALUES)))),
                weight(1, () -> random.pick(ODD_QUERIES)));
    }

    /** Mostly a token of a role that may call the route, then a content type, then up to two odd headers. */
    private List<String> headers(FuzzRoutes.Route route) {
        String authorization = random.oneOf(
                weight(6, () -> "Authorization: Bearer " + random.pick(route.tokens())),
                weight(2, () -> "Authorization: Bearer " + random.pick(FuzzRoutes.EVERY_TOKEN)),
                weight(1, () -> "Authorization: " + random.pick(AUTHORIZATIONS)),
                weight(1, () -> ""));
        String contentType = random.oneOf(weight(5, () -> "Content-Type: application/json"),
                weight(4, () -> "Content-Type: " + random.pick(CONTENT_TYPES)),
                weight(1, () -> ""));
        List<String> lines = new ArrayList<>();
        if (!authorization.isEmpty()) {
            lines.add(authorization);
        }
        if (!contentType.isEmpty()) {
            lines.add(contentType);
        }
        lines.addAll(random.list(0, 2, () -> random.pick(EXTRA_HEADERS)));
        return lines;
    }

    /** Empty, or the route's own fields with good and bad values, random JSON, a hostile body or random bytes. */
    private byte[] body(FuzzRoutes.Route route) {
        return random.oneOf(weight(2, () -> new byte[0]),
                weight(6, () -> utf8(json.good(route.fields()))),
                weight(6, () -> utf8(json.object(route.fields()))),
                weight(2, () -> utf8(json.value(3))),
                weight(3, () -> random.pick(HOSTILE_BODIES)),
                weight(1, () -> random.bytes(300)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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
