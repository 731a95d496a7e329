package dk.skranke.central.staff;

import dk.skranke.central.auth.StaffUser;
import dk.skranke.central.auth.Tokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Signed-in sessions, kept in memory only: they end when central restarts (staff sign in again).
 * A session id is 256 random bits, sent only in the cookie; central keeps its SHA-256, never the id.
 */
public final class Sessions {
    public static final String COOKIE = "skranke_session";
    public static final String CSRF_HEADER = "X-Skranke-Csrf";
    /** A session unused this long has ended. */
    public static final Duration IDLE = Duration.ofHours(8);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Clock clock;
    private final Duration idle;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byKey = new ConcurrentHashMap<>();

    public Sessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    /** Starts a session for the user; the returned id goes into the cookie and is not kept. */
    public Started start(StaffUser user) {
        Instant now = clock.instant();
        byKey.values().removeIf(s -> s.idleLongerThan(idle, now));
        String id = randomValue();
        Session session = new Session(Tokens.sha256(id), user, randomValue(), now, now);
        byKey.put(session.key(), session);
        return new Started(id, session);
    }

    /** The live session for a cookie value, marked as used now; empty if unknown, malformed or idle too long. */
    public Optional<Session> use(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session[] found = new Session[1];
        byKey.computeIfPresent(Tokens.sha256(id), (key, s) -> {
            if (s.idleLongerThan(idle, now)) {
                return null;
            }
            found[0] = s.usedAt(now);
            return found[0];
        });
        return Optional.ofNullable(found[0]);
    }

    public void end(String id) {
        if (id != null && ID.matcher(id).matches()) {
            byKey.remove(Tokens.sha256(id));
        }
    }

    public int count() {
        return byKey.size();
    }

    private String randomValue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new session and the id for its cookie. */
    public record Started(String id, Session session) {
    }
}
