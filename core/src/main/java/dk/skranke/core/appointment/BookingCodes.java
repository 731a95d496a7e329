package dk.skranke.core.appointment;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Booking codes citizens type at the kiosk: short, upper case, no look-alike characters. */
public final class BookingCodes {
    /** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: easy to read from paper and type on a keypad. */
    private static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final Pattern VALID = Pattern.compile("[A-Z0-9]{4,16}");
    private static final int LENGTH = 6;

    private BookingCodes() {
    }

    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Upper-cases and strips spaces and dashes, as citizens type codes in many ways. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isWellFormed(String normalised) {
        return VALID.matcher(normalised).matches();
    }
}
