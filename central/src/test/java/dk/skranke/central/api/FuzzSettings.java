package dk.skranke.central.api;

/**
 * How many requests the API fuzzer sends and from which seed: CI's fixed values, or those of the long
 * run ({@code ./skranke fuzz --requests N --seed S} sets the system properties).
 */
record FuzzSettings(int requests, long seed) {
    static final String REQUESTS = "skranke.fuzz.requests";
    static final String SEED = "skranke.fuzz.seed";
    static final int CI_REQUESTS = 400;
    static final long CI_SEED = 20261202L;

    static FuzzSettings fromSystemProperties() {
        return new FuzzSettings(Math.toIntExact(number(REQUESTS, CI_REQUESTS)), number(SEED, CI_SEED));
    }

    /** The command that sends the same requests again, up to and including request {@code upTo}. */
    String replayCommand(int upTo) {
        return "./skranke fuzz --seed " + seed + " --requests " + upTo;
    }

    private static long number(String property, long fallback) {
        String value = System.getProperty(property, "").trim();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a whole number, not '" + value + "'", e);
        }
    }
}
