package dk.skranke.central.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dk.skranke.central.view.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Parses request JSON and words every way it can be broken in our own English, with line and column:
 * the parser's messages name its classes and options, which mean nothing to a client.
 */
final class JsonSyntax {
    /** Trailing data is checked here, so that it gets its own message. */
    private static final ObjectReader READER = Json.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final StreamReadConstraints LIMITS = Json.mapper().getFactory().streamReadConstraints();

    private JsonSyntax() {
    }

    /** The JSON value of the text (null for none); anything else is 400 malformed-json. */
    static JsonNode parse(String text) {
        try (JsonParser parser = READER.createParser(text)) {
            JsonNode node = value(parser);
            trailing(parser);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("closing a parser of a string failed", e);
        }
    }

    private static JsonNode value(JsonParser parser) throws IOException {
        try {
            return READER.readTree(parser);
        } catch (StreamConstraintsException e) {
            throw malformed(tooMuch(e));
        } catch (JsonEOFException e) {
            throw malformed("the request body ends in the middle of the JSON" + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw malformed("the request body is not valid JSON" + at(e.getLocation()));
        }
    }

    private static void trailing(JsonParser parser) throws IOException {
        String message = "the request body has more after the JSON value";
        try {
            if (parser.nextToken() != null) {
                throw malformed(message + at(parser.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            throw malformed(message + at(e.getLocation()));
        }
    }

    /** Which of the parser's limits was passed; its message is the only place that says so. */
    private static String tooMuch(StreamConstraintsException e) {
        String what = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (what.contains("nesting")) {
            return "the request body nests deeper than " + LIMITS.getMaxNestingDepth() + " levels";
        }
        if (what.contains("number")) {
            return "the request body has a number longer than " + LIMITS.getMaxNumberLength() + " digits";
        }
        if (what.contains("name")) {
            return "the request body has a field name longer than " + LIMITS.getMaxNameLength() + " characters";
        }
        return "the request body is more JSON than central reads";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static ApiError malformed(String message) {
        return new ApiError(400, Body.MALFORMED, message);
    }
}
