package dk.skranke.kiosk.issue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Makes clientRequestIds central never saw before: {@code kiosk-1:20261123:t-k3j9x0qm2c}. Random rather than
 * counted, so a kiosk whose journal was lost can never repeat one (central remembers them forever).
 */
public final class ClientRequestIds {
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();

    private final String device;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ClientRequestIds(String device, Clock clock) {
        this.device = device.replaceAll("[^A-Za-z0-9._-]", "-");
        this.clock = clock;
    }

    /** A new id; {@code kind} is a short tag (t ticket, o offline ticket, n nudge, b number block). */
    public String next(String kind) {
        StringBuilder id = new StringBuilder(device).append(':')
                .append(LocalDate.now(clock).toString().replace("-", "")).append(':').append(kind).append('-');
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
