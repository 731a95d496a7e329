package dk.skranke.kiosk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.core.error.NotFoundException;
import dk.skranke.core.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The page's files from the classpath ({@code web/kiosk/}) and its UI texts ({@code i18n/kiosk_<lang>.properties}). */
final class StaticContent {
    /** Path segments that cannot climb up or be hidden; the file name has an extension (directories are not served). */
    private static final Pattern ASSET = Pattern.compile(
            "([A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.[A-Za-z0-9]+");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("wav", "audio/wav"), Map.entry("mp3", "audio/mpeg"));

    private final ObjectMapper json;
    private final Map<Language, String> texts = new ConcurrentHashMap<>(); // at most one entry per language

    StaticContent(ObjectMapper json) {
        this.json = json;
    }

    /** A file under {@code web/kiosk/}; 404 for anything else (no directory listing, no "..", no hidden files). */
    Asset asset(String path) {
        if (path == null || path.length() > 200 || !ASSET.matcher(path).matches()) {
            throw notFound(path);
        }
        byte[] bytes = read("web/kiosk/" + path);
        if (bytes == null) {
            throw notFound(path);
        }
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return new Asset(bytes, TYPES.getOrDefault(extension, "application/octet-stream"));
    }

    /** The UI texts of a language as one flat JSON object, read from the bundle as UTF-8. */
    String texts(String code) {
        Language language = Language.fromCode(code).filter(l -> l.code().equals(code))
                .orElseThrow(() -> new NotFoundException("not-found", "texts",
                        "no texts for language '" + clip(code) + "'; there are da and en"));
        return texts.computeIfAbsent(language, this::loadTexts);
    }

    private String loadTexts(Language language) {
        String resource = "i18n/kiosk_" + language.code() + ".properties";
        InputStream in = StaticContent.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new NotFoundException("not-found", "texts", "the texts " + resource + " are not installed");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> flat = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> flat.put(k, properties.getProperty(k)));
            return json.writeValueAsString(flat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        java.net.URL url = StaticContent.class.getClassLoader().getResource(resource);
        if (url == null || "file".equals(url.getProtocol()) && new java.io.File(url.getPath()).isDirectory()) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            // a directory or an unreadable entry: not a file we serve
            return null;
        }
    }

    private static NotFoundException notFound(String path) {
        return new NotFoundException("not-found", "file", "no such file: /assets/" + clip(path));
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    /** File bytes with their content type. */
    record Asset(byte[] bytes, String contentType) {
    }
}
