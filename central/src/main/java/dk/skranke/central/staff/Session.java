package dk.skranke.central.staff;

import dk.skranke.central.auth.StaffUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in user's session as central keeps it (in memory): who, the CSRF value its pages send
 * back in {@code X-Skranke-Csrf}, and when it was last used.
 */
public record Session(String key, StaffUser user, String csrf, Instant startedAt, Instant lastUsed) {

    boolean idleLongerThan(Duration idle, Instant now) {
        return lastUsed.plus(idle).isBefore(now);
    }

    Session usedAt(Instant now) {
        return new Session(key, user, csrf, startedAt, now);
    }

    /** Compares in constant time: the CSRF value is a secret of the page. */
    public boolean csrfMatches(String presented) {
        return presented != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
