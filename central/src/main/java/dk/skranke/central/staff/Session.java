package dk.skranke.central.staff;

import dk.skranke.central.auth.StaffUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A signed-in user's session: who (as configured now), the CSRF value its pages send back in
 * {@code X-Skranke-Csrf}, when it started and when it was last used.
 *
 * @param key the SHA-256 of the session id, as central stores it
 */
public record Session(String key, StaffUser user, String csrf, Instant startedAt, Instant lastUsed) {

    /** Compares in constant time: the CSRF value is a secret of the page. */
    public boolean csrfMatches(String presented) {
        return presented != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
