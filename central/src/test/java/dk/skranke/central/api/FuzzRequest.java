package dk.skranke.central.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One request of the API fuzzer, as it goes on the wire: method, target (path and query, already
 * percent-encoded), header lines and body bytes (null for none).
 */
record FuzzRequest(String method, String target, List<String> headers, byte[] body) {

    FuzzRequest {
        headers = List.copyOf(headers);
    }

    /** The path without the query, as central routes it. */
    String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    String requestLine() {
        return method + " " + target + " HTTP/1.1";
    }

    /** The header lines, each ending in CRLF, with a Content-Length for the body when there is one. */
    String headerLines() {
        StringBuilder lines = new StringBuilder();
        headers.forEach(header -> lines.append(header).append("\r\n"));
        if (body != null) {
            lines.append("Content-Length: ").append(body.length).append("\r\n");
        }
        return lines.toString();
    }

    byte[] bodyBytes() {
        return body == null ? new byte[0] : body;
    }

    /** What a failure report shows: the whole request, long parts cut. */
    @Override
    public String toString() {
        String text = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
        return requestLine() + " " + headers.stream().map(FuzzRequest::shorten).toList() + " " + shorten(text);
    }

    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…(" + text.length() + " characters)" : text;
    }
}
