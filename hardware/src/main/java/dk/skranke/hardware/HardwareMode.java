package dk.skranke.hardware;

import dk.skranke.core.error.InvalidInputException;
import java.util.Locale;

/** The one switch of an app's configuration ({@code hardware: real | simulated}). */
public enum HardwareMode {
    REAL, SIMULATED;

    public static HardwareMode fromConfig(String value) {
        if (value != null) {
            for (HardwareMode mode : values()) {
                if (mode.name().toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
        }
        throw new InvalidInputException("hardware", "must be 'real' or 'simulated' (got '" + value + "')");
    }
}
