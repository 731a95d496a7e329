package dk.skranke.hardware.internal;

import java.util.HexFormat;

/** Formats raw device bytes (printer, display bus) for DEBUG logs and tests, e.g. {@code 1B 40}. */
public final class Hex {
    private static final HexFormat FORMAT = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    public static byte[] parse(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}
