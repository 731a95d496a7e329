package dk.skranke.core.ticket;

import dk.skranke.core.error.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Tags staff attach when they finish a ticket; the channel-shift figures are built from them. */
public enum Outcome {
    COULD_HAVE_BEEN_DIGITAL,
    HELPED_TO_SELF_SERVICE,
    NEEDS_FOLLOW_UP,
    REFERRED_ELSEWHERE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Outcome fromWire(String value) {
        for (Outcome outcome : values()) {
            if (outcome.wire().equals(value)) {
                return outcome;
            }
        }
        throw new InvalidInputException("outcomes", "unknown outcome '" + value + "'; expected one of "
                + Arrays.stream(values()).map(Outcome::wire).collect(Collectors.joining(", ")));
    }

    public static List<String> wires() {
        return Arrays.stream(values()).map(Outcome::wire).toList();
    }
}
