package dk.skranke.hardware.buttons;

import dk.skranke.core.error.InvalidInputException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which GPIO pin is which desk's which button, how they are wired and how long contacts may bounce;
 * validated on construction with messages that name the offending key.
 */
public record ButtonMapping(List<ButtonBinding> buttons, ButtonWiring wiring, Duration debounce) {

    /** Long enough for common tactile and arcade buttons, short enough that a quick double press counts twice. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(30);
    static final Duration MAX_DEBOUNCE = Duration.ofMillis(500);
    /** BCM GPIO numbers on the 40-pin header; 0 and 1 are the HAT EEPROM bus. */
    static final int LOWEST_PIN = 2;
    static final int HIGHEST_PIN = 27;
    private static final Pattern DESK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");

    public ButtonMapping {
        if (buttons == null || buttons.isEmpty()) {
            throw new InvalidInputException("buttons", "at least one button must be configured");
        }
        buttons = List.copyOf(buttons);
        wiring = wiring == null ? ButtonWiring.ACTIVE_LOW : wiring;
        debounce = debounce == null ? DEFAULT_DEBOUNCE : debounce;
        checkDebounce(debounce);
        checkButtons(buttons);
    }

    /** Buttons wired active-low with the default debounce window. */
    public static ButtonMapping of(List<ButtonBinding> buttons) {
        return new ButtonMapping(buttons, ButtonWiring.ACTIVE_LOW, DEFAULT_DEBOUNCE);
    }

    /** The button wired to this pin, if any. */
    public Optional<ButtonBinding> atPin(int pin) {
        return buttons.stream().filter(b -> b.pin() == pin).findFirst();
    }

    /** The pin of the button for this desk and action, if any. */
    public Optional<ButtonBinding> find(String deskId, ButtonAction action) {
        return buttons.stream().filter(b -> b.deskId().equals(deskId) && b.action() == action).findFirst();
    }

    private static void checkDebounce(Duration debounce) {
        if (debounce.isNegative() || debounce.isZero() || debounce.compareTo(MAX_DEBOUNCE) > 0) {
            throw new InvalidInputException("debounce",
                    "must be more than 0 ms and at most " + MAX_DEBOUNCE.toMillis() + " ms (got "
                            + debounce.toMillis() + " ms)");
        }
    }

    private static void checkButtons(List<ButtonBinding> buttons) {
        Map<Integer, Integer> entryByPin = new HashMap<>();
        for (int i = 0; i < buttons.size(); i++) {
            ButtonBinding button = buttons.get(i);
            String key = "buttons[" + i + "]";
            if (button == null) {
                throw new InvalidInputException(key, "is empty");
            }
            if (button.pin() < LOWEST_PIN || button.pin() > HIGHEST_PIN) {
                throw new InvalidInputException(key + ".pin", "must be a BCM GPIO number from " + LOWEST_PIN
                        + " to " + HIGHEST_PIN + " (got " + button.pin() + ")");
            }
            if (!DESK_ID.matcher(button.deskId()).matches()) {
                throw new InvalidInputException(key + ".desk",
                        "must be a desk id: letters, digits and '-', at most 20 (got '" + button.deskId() + "')");
            }
            Integer earlier = entryByPin.putIfAbsent(button.pin(), i);
            if (earlier != null) {
                throw new InvalidInputException(key + ".pin", "GPIO " + button.pin()
                        + " is already used by buttons[" + earlier + "]; each pin can be one button only");
            }
        }
    }
}
