package dk.skranke.hardware.printer;

import java.time.Duration;

/** Timing for the ESC/POS driver: how long to wait for each status byte and how often to poll status. */
public record EscPosPrinterSettings(Duration statusTimeout, Duration pollInterval) {

    public static final EscPosPrinterSettings DEFAULTS =
            new EscPosPrinterSettings(Duration.ofMillis(500), Duration.ofSeconds(30));

    public EscPosPrinterSettings {
        requirePositive(statusTimeout, "printer.statusTimeout");
        requirePositive(pollInterval, "printer.pollInterval");
    }

    private static void requirePositive(Duration d, String key) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, was " + d);
        }
    }
}
