package dk.skranke.hardware.buttons;

import dk.skranke.core.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a desk button asks the queue to do. */
public enum ButtonAction {
    /** Call the next citizen to this desk. */
    NEXT,
    /** Call the current ticket again. */
    RECALL,
    /** Stop calling tickets to this desk for a while. */
    PAUSE,
    /** Start calling tickets to this desk again. */
    OPEN;

    /** The action named by a configuration or command-line word such as {@code next}; case-insensitive. */
    public static ButtonAction parse(String field, String word) {
        if (word != null) {
            for (ButtonAction action : values()) {
                if (action.name().equalsIgnoreCase(word.strip())) {
                    return action;
                }
            }
        }
        throw new InvalidInputException(field, "unknown button action '" + word + "', expected one of " + words());
    }

    /** The action as written in configuration, e.g. {@code next}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String words() {
        return Arrays.stream(values()).map(ButtonAction::word).collect(Collectors.joining(", "));
    }
}
