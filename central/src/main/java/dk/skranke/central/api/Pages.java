package dk.skranke.central.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Static pages and assets of the staff console and admin pages, served from {@code web/} on the classpath. */
final class Pages {
    /** Everything from central itself; forms post only to central; no framing (clickjacking). */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9.-]+)}}");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");

    private Pages() {
    }

    static String resource(String path) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream("web/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource web/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces each {{name}} with its value, HTML-escaped; an unknown name is a bug in the template. */
    static String fill(String template, Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static void html(Context ctx, int status, String body) {
        ctx.header("Cache-Control", "no-store").header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "same-origin")
                .contentType("text/html; charset=utf-8").status(status).result(body);
    }

    /** Serves one of the given files of a folder under web/, or 404. */
    static void asset(Context ctx, String folder, Map<String, String> files) {
        String file = ctx.pathParam("file");
        String body = files.get(file);
        if (body == null) {
            throw ApiError.notFound("no such resource: GET /" + folder + "/" + Paths.safe(file));
        }
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        ctx.header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff").contentType(type)
                .result(body);
    }

    static void seeOther(Context ctx, String location) {
        ctx.header("Location", location).header("Cache-Control", "no-store").status(303);
    }
}
