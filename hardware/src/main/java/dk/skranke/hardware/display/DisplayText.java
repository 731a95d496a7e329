package dk.skranke.hardware.display;

import dk.skranke.core.error.InvalidInputException;
import java.util.regex.Pattern;

/** A text a desk display can show: 1 to 6 characters from A-Z, 0-9, space and '-', e.g. a ticket number. */
public record DisplayText(String value) {
    /** The widest text any supported display takes. */
    public static final int MAX_LENGTH = 6;
    private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9 \\-]*");

    public DisplayText {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException("text", "must not be empty; use clear() to blank a display");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "'" + value + "' is " + value.length()
                    + " characters; a desk display shows at most " + MAX_LENGTH);
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException("text", "'" + value
                    + "' contains characters a desk display cannot show; allowed are A-Z, 0-9, space and '-'");
        }
    }

    public static DisplayText of(String value) {
        return new DisplayText(value);
    }

    /** Checks a bus address; 1-247 works with both protocols (Modbus reserves 0 and 248-255). */
    public static int checkAddress(int address) {
        if (address < 1 || address > 247) {
            throw new InvalidInputException("address", address + " is outside 1-247");
        }
        return address;
    }
}
