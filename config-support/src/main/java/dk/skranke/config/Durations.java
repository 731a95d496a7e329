package dk.skranke.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written as 1500ms, 30s, 15m, 2h, 1d or ISO-8601 (PT15M, PT1.5S). */
final class Durations {
    static final String EXAMPLES = "1500ms, 30s, 15m, 2h, 1d or PT15M";
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration, or empty when {@code value} is neither a short form nor ISO-8601. */
    static Optional<Duration> parse(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(lower);
        try {
            return Optional.of(m.matches() ? shortForm(Long.parseLong(m.group(1)), m.group(2))
                    : Duration.parse(lower.toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration shortForm(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
