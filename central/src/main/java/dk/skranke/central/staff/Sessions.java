package dk.skranke.central.staff;

import dk.skranke.central.auth.StaffUser;
import dk.skranke.central.auth.Tokens;
import dk.skranke.central.store.Database;
import dk.skranke.central.store.SessionStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signed-in sessions, kept in the database so a restart of central keeps staff signed in.
 * A session id is 256 random bits, sent only in the cookie; central keeps its SHA-256, never the id.
 * Who may do what comes from the configuration at each use: a user removed from it, or given a new
 * password, is signed out.
 */
public final class Sessions {
    public static final String COOKIE = "skranke_session";
    public static final String CSRF_HEADER = "X-Skranke-Csrf";
    /** A session unused this long has ended. */
    public static final Duration IDLE = Duration.ofHours(8);
    /** The last use is written at most this often per session: reading a page does not write each time. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Database db;
    private final SessionStore store = new SessionStore();
    private final Map<String, StaffUser> users;
    private final Clock clock;
    private final Duration idle;
    private final SecureRandom random = new SecureRandom();

    public Sessions(Database db, List<StaffUser> users, Clock clock, Duration idle) {
        this.db = db;
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(StaffUser::username, Function.identity()));
        this.clock = clock;
        this.idle = idle;
    }

    /** Starts a session for the user; the returned id goes into the cookie and is not kept. */
    public Started start(StaffUser user) {
        Instant now = clock.instant();
        String id = randomValue();
        Session session = new Session(Tokens.sha256(id), user, randomValue(), now, now);
        db.inTransaction(c -> {
            store.deleteUnusedSince(c, now.minus(idle));
            store.insert(c, new SessionStore.Row(session.key(), user.username(), credential(user), session.csrf(),
                    now, now));
            return null;
        });
        return new Started(id, session);
    }

    /**
     * The live session for a cookie value, marked as used now; empty if unknown, malformed, idle too
     * long, or its user is no longer configured with the password it signed in with.
     */
    public Optional<Session> use(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String key = Tokens.sha256(id);
        Optional<SessionStore.Row> stored = db.read(c -> store.find(c, key));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        SessionStore.Row row = stored.get();
        Instant now = clock.instant();
        StaffUser user = users.get(row.username());
        if (user == null || !credential(user).equals(row.credential()) || row.lastUsed().plus(idle).isBefore(now)) {
            forget(key);
            return Optional.empty();
        }
        if (!row.lastUsed().plus(TOUCH_EVERY).isAfter(now)) {
            db.inTransaction(c -> {
                store.touch(c, key, now);
                return null;
            });
        }
        return Optional.of(new Session(key, user, row.csrf(), row.startedAt(), now));
    }

    /** Signs out: the session's row is removed, so its id no longer works anywhere. */
    public void end(String id) {
        if (id != null && ID.matcher(id).matches()) {
            forget(Tokens.sha256(id));
        }
    }

    private void forget(String key) {
        db.inTransaction(c -> {
            store.delete(c, key);
            return null;
        });
    }

    /** Ties a session to the password the user signed in with, without keeping the password's hash twice. */
    private static String credential(StaffUser user) {
        return Tokens.sha256(user.passwordHash());
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
