package dk.skranke.config;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.LocalizedText;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** A YAML node that knows its path, so every error names the exact key ({@code branches[0].services[2].prefix}). */
public final class ConfigNode {
    private static final String IDENTIFIER = "[A-Za-z0-9_-]{1,64}";
    private static final String ENVIRONMENT_PREFIX = "env:";
    private static final int MAX_TOKEN_LENGTH = 512;

    private final JsonNode node;
    private final String path;

    /** The node found at {@code path} ("" for the top level); {@code node} is null when the key is absent. */
    public ConfigNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** An error that starts with this node's key: {@code central.timeout: message}. */
    public ConfigException error(String message) {
        return new ConfigException((path.isEmpty() ? "(top level)" : path) + ": " + message);
    }

    public ConfigNode child(String key) {
        return new ConfigNode(isPresent() ? node.get(key) : null, join(key));
    }

    public boolean has(String key) {
        return child(key).isPresent();
    }

    public boolean isPresent() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    public ConfigNode required() {
        if (!isPresent()) {
            throw error("is required");
        }
        return this;
    }

    public ConfigNode requireObject() {
        required();
        if (!node.isObject()) {
            throw error("must be a mapping of keys to values");
        }
        return this;
    }

    /** Rejects keys this node does not know, which catches typos such as 'servics' or 'timout'. */
    public ConfigNode allowOnly(Set<String> keys) {
        requireObject();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw child(name).error("unknown key; expected one of " + new TreeSet<>(keys));
            }
        }
        return this;
    }

    public Iterator<String> keys() {
        requireObject();
        return node.fieldNames();
    }

    public List<ConfigNode> list() {
        required();
        if (!node.isArray()) {
            throw error("must be a list");
        }
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new ConfigNode(node.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    public List<ConfigNode> listOrEmpty() {
        return isPresent() ? list() : List.of();
    }

    /** A single value, trimmed and not empty. */
    public String text() {
        required();
        if (!node.isValueNode()) {
            throw error("must be a single value");
        }
        String value = node.asText().trim();
        if (value.isEmpty()) {
            throw error("must not be empty");
        }
        return value;
    }

    public String textOr(String fallback) {
        return isPresent() ? text() : fallback;
    }

    public List<String> texts() {
        return list().stream().map(ConfigNode::text).toList();
    }

    public boolean bool(boolean fallback) {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw error("must be true or false");
        }
        return node.asBoolean();
    }

    public int integer(int fallback, int min, int max) {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw error("must be a whole number from " + min + " to " + max);
        }
        return node.asInt();
    }

    public double decimal(double fallback) {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw error("must be a number");
        }
        return node.asDouble();
    }

    /** A duration written as 1500ms, 30s, 15m, 2h, 1d or ISO-8601 (PT15M). */
    /**
     * A time-zone region such as {@code Europe/Copenhagen}, or {@code fallback} when absent. A fixed offset
     * ({@code +01:00}) is refused: it would be an hour wrong half the year.
     */
    public java.time.ZoneId zone(java.time.ZoneId fallback) {
        if (!isPresent()) {
            return fallback;
        }
        String id = text();
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            throw error("is not a time zone (got '" + id + "'), e.g. Europe/Copenhagen");
        }
        if (zone instanceof java.time.ZoneOffset) {
            throw error("must be a region such as Europe/Copenhagen, not a fixed offset (got '" + id + "')");
        }
        return zone;
    }

    public Duration duration(Duration fallback) {
        if (!isPresent()) {
            return fallback;
        }
        String value = text().toLowerCase(Locale.ROOT);
        return Durations.parse(value).orElseThrow(
                () -> error("must be a duration such as " + Durations.EXAMPLES + " (got '" + value + "')"));
    }

    /** A duration as {@link #duration(Duration)}, within [min, max]. */
    public Duration duration(Duration fallback, Duration min, Duration max) {
        Duration parsed = duration(fallback);
        if (isPresent() && (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0)) {
            throw error("must be between " + min.toMillis() + "ms and " + max.toMillis() + "ms (got '"
                    + text().toLowerCase(Locale.ROOT) + "')");
        }
        return parsed;
    }

    /** A user text in both languages: {@code {da: ..., en: ...}}. */
    public LocalizedText localizedText() {
        allowOnly(Set.of("da", "en"));
        return new LocalizedText(child("da").text(), child("en").text());
    }

    /** The text, or for {@code env:NAME} the trimmed value of environment variable NAME, so secrets stay out of files. */
    public String secret(Map<String, String> environment) {
        String value = text();
        if (!value.startsWith(ENVIRONMENT_PREFIX)) {
            return value;
        }
        String variable = value.substring(ENVIRONMENT_PREFIX.length());
        String resolved = environment.get(variable);
        if (resolved == null || resolved.isBlank()) {
            throw error("environment variable " + variable + " is not set");
        }
        return resolved.trim();
    }

    /** A {@link #secret} sent as an HTTP bearer token: at most 512 printable ASCII characters without spaces. */
    public String bearerToken(Map<String, String> environment) {
        String value = secret(environment);
        if (value.length() > MAX_TOKEN_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw error("must be at most " + MAX_TOKEN_LENGTH + " printable ASCII characters without spaces");
        }
        return value;
    }

    /** An absolute http:// or https:// address with a host. */
    public String httpUrl() {
        String url = text();
        try {
            URI uri = URI.create(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // reported below like any other address that is not http(s)
        }
        throw error("must be an http:// or https:// address (got '" + url + "')");
    }

    /** A device or branch id: 1-64 letters, digits, '_' or '-'. */
    public String identifier() {
        String value = text();
        if (!value.matches(IDENTIFIER)) {
            throw error("must be 1-64 letters, digits, '_' or '-' (got '" + value + "')");
        }
        return value;
    }

    /** A file system path, or {@code fallback} when absent. */
    public Path pathOr(String fallback) {
        String value = textOr(fallback);
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw error("is not a valid path: " + e.getMessage());
        }
    }

    /**
     * Runs a domain constructor on this node and turns what it rejects into an error naming the key: an
     * {@link InvalidInputException} for field {@code f} becomes {@code <this path>.f: reason}.
     */
    public <T> T build(Function<ConfigNode, T> builder) {
        try {
            return builder.apply(this);
        } catch (InvalidInputException e) {
            throw new ConfigException(join(e.field()) + ": " + e.reason());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(e.getMessage());
        }
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
