package dk.skranke.central.config;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.core.error.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A YAML node that knows its path, so every error names the exact key (branches[0].services[2].prefix). */
final class ConfigNode {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    private final JsonNode node;
    private final String path;

    ConfigNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    ConfigException error(String message) {
        return new ConfigException((path.isEmpty() ? "(top level)" : path) + ": " + message);
    }

    ConfigNode child(String key) {
        return new ConfigNode(node.get(key), join(key));
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
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

    /** Rejects keys this node does not know, which catches typos such as 'servics'. */
    ConfigNode allowOnly(Set<String> keys) {
        requireObject();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw child(name).error("unknown key; expected one of " + new java.util.TreeSet<>(keys));
            }
        }
        return this;
    }

    ConfigNode requireObject() {
        required();
        if (!node.isObject()) {
            throw error("must be a mapping of keys to values");
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

    boolean bool(boolean fallback) {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw error("must be true or false");
        }
        return node.asBoolean();
    }

    int integer(int fallback, int min, int max) {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
            throw error("must be a whole number from " + min + " to " + max);
        }
        return node.asInt();
    }

    double decimal(double fallback) {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw error("must be a number");
        }
        return node.asDouble();
    }

    /** Durations as 30s, 15m, 2h, 1d or ISO-8601 (PT15M). */
    Duration duration(Duration fallback) {
        if (!isPresent()) {
            return fallback;
        }
        String value = text().toLowerCase(Locale.ROOT);
        Matcher m = SHORT_DURATION.matcher(value);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
            throw error("must be a duration such as 30s, 15m, 2h or PT15M (got '" + value + "')");
        }
    }

    List<ConfigNode> list() {
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

    List<ConfigNode> listOrEmpty() {
        return isPresent() ? list() : List.of();
    }

    List<String> texts() {
        return list().stream().map(ConfigNode::text).toList();
    }

    /** Runs a core constructor and turns its IllegalArgumentException into a message naming this key. */
    <T> T build(Function<ConfigNode, T> builder) {
        try {
            return builder.apply(this);
        } catch (InvalidInputException e) {
            throw new ConfigException(join(e.field()) + ": " + e.reason());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(e.getMessage());
        }
    }

    Iterator<String> keys() {
        requireObject();
        return node.fieldNames();
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
