package dk.skranke.display.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A YAML node that knows its path (kept in step with the kiosk's copy), so every error names the exact key ({@code central.timeout}). */
final class ConfigNode {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final JsonNode node;
    private final String path;

    ConfigNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    ConfigException error(String message) {
        return new ConfigException((path.isEmpty() ? "(top level)" : path) + ": " + message);
    }

    ConfigNode child(String key) {
        return new ConfigNode(isPresent() ? node.get(key) : null, path.isEmpty() ? key : path + "." + key);
    }

    boolean isPresent() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    ConfigNode required() {
        if (!isPresent()) {
            throw error("is required");
        }
        return this;
    }

    /** Rejects keys this node does not know, which catches typos such as 'timout'. */
    ConfigNode allowOnly(Set<String> keys) {
        required();
        if (!node.isObject()) {
            throw error("must be a mapping of keys to values");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw child(name).error("unknown key; expected one of " + new TreeSet<>(keys));
            }
        }
        return this;
    }

    String text() {
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

    String textOr(String fallback) {
        return isPresent() ? text() : fallback;
    }

    int integer(int fallback, int min, int max) {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw error("must be a whole number from " + min + " to " + max);
        }
        return node.asInt();
    }

    boolean bool(boolean fallback) {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw error("must be true or false");
        }
        return node.asBoolean();
    }

    /** Durations as 1500ms, 30s, 15m, 2h or ISO-8601 (PT1.5S), within [min, max]. */
    Duration duration(Duration fallback, Duration min, Duration max) {
        if (!isPresent()) {
            return fallback;
        }
        String value = text().toLowerCase(Locale.ROOT);
        Duration parsed = parseDuration(value);
        if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
            throw error("must be between " + min.toMillis() + "ms and " + max.toMillis() + "ms (got '" + value + "')");
        }
        return parsed;
    }

    private Duration parseDuration(String value) {
        Matcher m = SHORT_DURATION.matcher(value);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw error("must be a duration such as 1500ms, 30s or 5m (got '" + value + "')");
        }
    }

    List<ConfigNode> listOrEmpty() {
        if (!isPresent()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error("must be a list");
        }
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new ConfigNode(node.get(i), path + "[" + i + "]"));
        }
        return items;
    }
}
