package dk.skranke.central.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no answer of central may show: Java class and method names, library option names, stack frames.
 * Messages are ours, written for operators; the server's insides belong in its log.
 */
public final class NoInternals {
    private static final List<Pattern> PATTERNS = List.of(
            // a qualified class name: com.fasterxml.jackson.databind.JsonNode, java.nio.charset.X
            Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*"),
            // a class name by its kind: UnsupportedCharsetException, JsonReadFeature, StreamReadConstraints
            Pattern.compile("\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*(?:Exception|Error|Feature|Constraints|Node"
                    + "|Handler|Impl)\\b"),
            // a method call: getMaxNestingDepth()
            Pattern.compile("\\b[a-z]+[A-Z][A-Za-z0-9]*\\(\\)"),
            // a stack frame
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("),
            // code quoted the way library messages quote it, and the libraries by name
            Pattern.compile("`|\\b(?:[Jj]ackson|[Jj]avalin|[Jj]etty|FAIL_ON_\\w+|ALLOW_\\w+)\\b"));

    private NoInternals() {
    }

    /** The first piece of the body that looks like the server's insides, if any. */
    public static Optional<String> find(String body) {
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(body);
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    public static void assertNone(String context, String body) {
        assertThat(find(body)).as("internals in the answer to " + context + ": " + body).isEmpty();
    }
}
