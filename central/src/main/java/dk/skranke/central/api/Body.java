package dk.skranke.central.api;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.view.Json;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.Language;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A JSON request body with field-by-field validation; every error names the field. */
final class Body {
    static final String MALFORMED = "malformed-json";
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final JsonNode node;

    private Body(JsonNode node) {
        this.node = node;
    }

    /** Parses the body; an empty body reads as {} for endpoints whose fields are all optional. */
    static Body of(Context ctx) {
        String text = BodyText.of(ctx, MALFORMED);
        if (text.isBlank()) {
            return new Body(Json.mapper().createObjectNode());
        }
        JsonNode node = JsonSyntax.parse(text);
        if (node == null || !node.isObject()) {
            throw new ApiError(400, MALFORMED, "the request body must be a JSON object");
        }
        return new Body(node);
    }

    /** The whole body, for readers of nested documents (what-if proposals). */
    JsonNode tree() {
        return node;
    }

    String text(String field, int maxLength) {
        String value = optionalText(field, maxLength);
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    String optionalText(String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        String text = value.asText().trim();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** A required text that must match the pattern; {@code rule} says what it must look like. */
    String text(String field, int maxLength, Pattern pattern, String rule) {
        String value = text(field, maxLength);
        if (!pattern.matcher(value).matches()) {
            throw new InvalidInputException(field, rule);
        }
        return value;
    }

    int integer(String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(field, "is required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw new InvalidInputException(field, "must be a whole number from " + min + " to " + max);
        }
        return value.asInt();
    }

    Language language() {
        String code = optionalText("language", 5);
        if (code == null) {
            return Language.DA;
        }
        return Language.fromCode(code).orElseThrow(() -> new InvalidInputException("language",
                "must be 'da' or 'en'"));
    }

    String clientRequestId() {
        String id = optionalText("clientRequestId", 100);
        if (id != null && !CLIENT_REQUEST_ID.matcher(id).matches()) {
            throw new InvalidInputException("clientRequestId", "may hold letters, digits and . _ : - (at most 100)");
        }
        return id;
    }

    /** For writes that must be retried safely (uploads of offline tickets). */
    String requiredClientRequestId() {
        String id = clientRequestId();
        if (id == null) {
            throw new InvalidInputException("clientRequestId", "is required");
        }
        return id;
    }

    OffsetDateTime dateTime(String field) {
        String text = text(field, 40);
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(text);
            requireSaneYear(field, parsed.getYear());
            return parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 time with offset, e.g. 2026-11-23T10:30:00+01:00");
        }
    }

    /** Years far outside a booking horizon are typing errors, and would overflow stored times. */
    static void requireSaneYear(String field, int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(field, "must be a date between the years 2000 and 2100");
        }
    }

    List<String> texts(String field, int maxItems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw new InvalidInputException(field, "must be a list of at most " + maxItems + " strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new InvalidInputException(field, "must be a list of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    JsonNode raw(String field) {
        return node.get(field);
    }
}
