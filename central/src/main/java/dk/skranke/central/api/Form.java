package dk.skranke.central.api;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form post of central's own pages (sign-in, sign-out): application/x-www-form-urlencoded, read as
 * UTF-8 whatever charset the Content-Type names, like every other body. The pages never send
 * multipart/form-data, so it is refused with 415 rather than parsed.
 */
final class Form {
    private final Map<String, String> fields;

    private Form(Map<String, String> fields) {
        this.fields = fields;
    }

    static Form of(Context ctx) {
        String type = BodyText.mediaType(ctx);
        if (type.startsWith("multipart/")) {
            throw new ApiError(415, "unsupported-media-type", "this form must be sent as "
                    + "application/x-www-form-urlencoded, not " + type);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : BodyText.of(ctx, "bad-request").split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                fields.putIfAbsent(decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return new Form(fields);
    }

    /** The first value of the field, or null when the form has none. */
    String value(String name) {
        return fields.get(name);
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad-request", "the form is not URL-encoded: every % must be followed by two "
                    + "hexadecimal digits");
        }
    }
}
