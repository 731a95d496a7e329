package dk.skranke.central.api;

import java.util.regex.Pattern;

/** Path helpers: what may be logged of a path, and what a path id may look like. */
final class Paths {
    private static final Pattern PUBLIC_TOKEN = Pattern.compile("(/public/tickets/|/t/)[^/]+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Paths() {
    }

    /** The path with public ticket tokens masked: they are the key to a citizen's status page. */
    static String safe(String path) {
        return PUBLIC_TOKEN.matcher(path).replaceAll("$1***");
    }

    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }
}
