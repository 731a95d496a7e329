package dk.skranke.kiosk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.Language;
import dk.skranke.kiosk.issue.KioskError;
import java.util.Map;

/** A JSON object request body from the page, read field by field; every error names the field. */
final class Body {
    private final JsonNode node;

    private Body(JsonNode node) {
        this.node = node;
    }

    static Body parse(String text, ObjectMapper json) {
        if (text == null || text.isBlank()) {
            return new Body(json.createObjectNode());
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new KioskError(400, "malformed-json", "the request body is not valid JSON: "
                    + e.getOriginalMessage(), Map.of());
        }
        if (node == null || !node.isObject()) {
            throw new KioskError(400, "malformed-json", "the request body must be a JSON object", Map.of());
        }
        return new Body(node);
    }

    String text(String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(field, "is required");
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

    /** {@code language}: da (default) or en, case-insensitive. */
    Language language() {
        JsonNode value = node.get("language");
        if (value == null || value.isNull()) {
            return Language.DA;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException("language", "must be 'da' or 'en'");
        }
        return Language.fromCode(value.asText()).orElseThrow(() -> new InvalidInputException("language",
                "must be 'da' or 'en'"));
    }
}
