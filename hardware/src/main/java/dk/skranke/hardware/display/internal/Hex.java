package dk.skranke.hardware.display.internal;

import java.util.HexFormat;

/** Formats raw bus bytes for DEBUG logs and details, e.g. {@code 02 30 31}. */
public final class Hex {
    private static final HexFormat FORMAT = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }
}
