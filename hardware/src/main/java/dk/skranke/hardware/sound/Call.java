package dk.skranke.hardware.sound;

import dk.skranke.core.i18n.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing to announce: ticket number ("P017") to go to desk ("3"), in a language.
 * Both are an optional prefix of up to three letters A-Z and a number 0-999 (leading zeros allowed).
 */
public record Call(String number, String desk, Language language) {

    private static final Pattern LABEL = Pattern.compile("([A-Z]{0,3})(\\d{1,4})");
    static final int MAX_NUMBER = 999;

    public Call {
        number = normalise(number, "ticket number");
        desk = normalise(desk, "desk");
        Objects.requireNonNull(language, "language");
    }

    /** A Danish call. */
    public static Call danish(String number, String desk) {
        return new Call(number, desk, Language.DA);
    }

    /** An English call. */
    public static Call english(String number, String desk) {
        return new Call(number, desk, Language.EN);
    }

    /** The number as spoken and shown, leading zeros dropped: "P017" gives "P17". */
    public String spokenNumber() {
        return spoken(number);
    }

    /** The desk as spoken and shown, leading zeros dropped. */
    public String spokenDesk() {
        return spoken(desk);
    }

    static String prefixOf(String label) {
        return match(label).group(1);
    }

    static int valueOf(String label) {
        return Integer.parseInt(match(label).group(2));
    }

    private static String spoken(String label) {
        return prefixOf(label) + valueOf(label);
    }

    private static Matcher match(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            throw new IllegalStateException("not a validated label: " + label);
        }
        return m;
    }

    private static String normalise(String raw, String what) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String label = raw.strip().toUpperCase(Locale.ROOT);
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " '" + raw
                    + "' must be up to three letters A-Z followed by a number 0-" + MAX_NUMBER + ", e.g. P017");
        }
        if (Integer.parseInt(m.group(2)) > MAX_NUMBER) {
            throw new IllegalArgumentException(what + " '" + raw + "' is above " + MAX_NUMBER);
        }
        return label;
    }
}
