package dk.skranke.central.staff;

import dk.skranke.central.auth.StaffUser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks a username and password and starts a session; throttles repeated failures. */
public final class SignIn {
    private static final Logger log = LoggerFactory.getLogger(SignIn.class);

    private final Map<String, StaffUser> users;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Sessions sessions;

    public SignIn(List<StaffUser> users, Passwords passwords, LoginThrottle throttle, Sessions sessions) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(StaffUser::username, Function.identity()));
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /** Signs in; the username is case-insensitive. Never logs the password or a whole username (it may be a name). */
    public Result attempt(String username, String password, String address) {
        String login = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Optional<Duration> blocked = throttle.blockedFor(login, address);
        if (blocked.isPresent()) {
            log.warn("sign-in refused, too many failures user={}", mask(login));
            return Result.throttled(blocked.get());
        }
        StaffUser user = users.get(login);
        boolean ok;
        if (user == null) {
            passwords.checkDecoy(password);
            ok = false;
        } else {
            ok = passwords.matches(password, user.passwordHash());
        }
        if (!ok) {
            throttle.failed(login, address);
            log.warn("sign-in failed user={}", mask(login));
            return Result.failed();
        }
        throttle.succeeded(login, address);
        log.info("signed in user={} role={}", mask(login), user.role().wire());
        return Result.signedIn(sessions.start(user));
    }

    /** "a***" for "anna": enough to tell attempts apart in a log, not enough to learn a username. */
    static String mask(String username) {
        return username.isEmpty() ? "(empty)" : username.charAt(0) + "***";
    }

    /** The outcome of one attempt: a session, a wrong username or password, or throttled. */
    public record Result(Sessions.Started session, Duration retryAfter) {
        static Result signedIn(Sessions.Started session) {
            return new Result(session, null);
        }

        static Result failed() {
            return new Result(null, null);
        }

        static Result throttled(Duration retryAfter) {
            return new Result(null, retryAfter);
        }

        public boolean ok() {
            return session != null;
        }

        public boolean throttled() {
            return retryAfter != null;
        }
    }
}
