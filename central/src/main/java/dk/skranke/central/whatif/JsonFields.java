package dk.skranke.central.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.core.error.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A JSON (or YAML) object read field by field; every error names the field's path, e.g. {@code proposalA.desks}. */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(path.isEmpty() ? "body" : path, "must be an object");
        }
        this.node = node;
        this.path = path;
    }

    /** Rejects fields it does not know, which catches typos. */
    JsonFields allowOnly(Set<String> names) {
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String name = fields.next();
            if (!names.contains(name)) {
                throw new InvalidInputException(field(name), "unknown field; expected one of "
                        + new java.util.TreeSet<>(names));
            }
        }
        return this;
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        return node.hasNonNull(name);
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    JsonFields object(String name) {
        if (!has(name)) {
            throw new InvalidInputException(field(name), "is required");
        }
        return new JsonFields(node.get(name), field(name));
    }

    String text(String name, String fallback, int maxLength) {
        if (!has(name)) {
            if (fallback == null) {
                throw new InvalidInputException(field(name), "is required");
            }
            return fallback;
        }
        JsonNode value = node.get(name);
        String text = value.isTextual() ? value.asText().trim() : "";
        if (text.isEmpty() || text.length() > maxLength) {
            throw new InvalidInputException(field(name), "must be a text of 1 to " + maxLength + " characters");
        }
        return text;
    }

    long integer(String name, long fallback, long min, long max) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            throw new InvalidInputException(field(name), "must be a whole number from " + min + " to " + max);
        }
        return value.asLong();
    }

    double decimal(String name, double fallback, double min, double max) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isNumber() || !(value.asDouble() >= min && value.asDouble() <= max)) {
            throw new InvalidInputException(field(name), "must be a number from " + min + " to " + max);
        }
        return value.asDouble();
    }

    LocalDate date(String name) {
        String text = text(name, null, 10);
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw new InvalidInputException(field(name), "must be a date between the years 2000 and 2100");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field(name), "must be a date such as 2026-03-01");
        }
    }

    /** A list of weekdays ("monday" ... "sunday"); all seven when left out. */
    List<DayOfWeek> days(String name) {
        if (!has(name)) {
            return List.of(DayOfWeek.values());
        }
        JsonNode value = node.get(name);
        if (!value.isArray() || value.isEmpty() || value.size() > 7) {
            throw new InvalidInputException(field(name), "must be a list of 1 to 7 weekdays, e.g. [\"monday\"]");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (JsonNode day : value) {
            try {
                days.add(DayOfWeek.valueOf(day.asText("").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field(name), "unknown weekday '" + day.asText()
                        + "'; use monday ... sunday");
            }
        }
        return days;
    }

    /** The items of a list field, each an object; empty when left out. */
    List<JsonFields> objects(String name, int maxItems) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = node.get(name);
        if (!value.isArray() || value.size() > maxItems) {
            throw new InvalidInputException(field(name), "must be a list of at most " + maxItems + " objects");
        }
        List<JsonFields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new JsonFields(value.get(i), field(name) + "[" + i + "]"));
        }
        return items;
    }
}
