package dk.skranke.core.ticket;

import dk.skranke.core.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a citizen did when the kiosk showed the digital alternative for a service: the raw data of
 * the channel-shift figures (nudges shown, deflections).
 */
public enum NudgeOutcome {
    /** "I'll do it online": no ticket; the contact moved to self-service. */
    DEFLECTED,
    /** "I still want a ticket". */
    DECLINED,
    /** The kiosk went back to its start screen before the citizen chose. */
    ABANDONED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NudgeOutcome fromWire(String value) {
        for (NudgeOutcome outcome : values()) {
            if (outcome.wire().equals(value)) {
                return outcome;
            }
        }
        throw new InvalidInputException("outcome", "must be one of "
                + Arrays.stream(values()).map(NudgeOutcome::wire).toList());
    }
}
