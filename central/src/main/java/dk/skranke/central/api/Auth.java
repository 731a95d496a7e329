package dk.skranke.central.api;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.auth.Role;
import dk.skranke.central.auth.Tokens;
import dk.skranke.central.staff.Session;
import dk.skranke.central.staff.Sessions;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves who calls (a bearer token, or a signed-in user's session cookie, which acts as a token of
 * the user's role and branches) and checks role and branch scope.
 */
final class Auth {
    private static final String PRINCIPAL = "skranke.principal";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Tokens tokens;
    private final Sessions sessions;

    Auth(Tokens tokens, Sessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /**
     * Before-handler: remembers who is calling. Every path but health and the public status is
     * refused with 401 without a valid token, before any lookup or parsing, so an anonymous caller
     * learns nothing about what exists.
     */
    void identify(Context ctx) {
        caller(ctx).ifPresent(token -> ctx.attribute(PRINCIPAL, token));
        if (!isPublic(ctx.path())) {
            requireAuthenticated(ctx);
        }
    }

    /**
     * The bearer token, or else (no secret presented at all) the session cookie's user. A session
     * may change state only with its CSRF value in {@code X-Skranke-Csrf}: SameSite=Strict keeps
     * other sites' requests from carrying the cookie, the header keeps out forms and old browsers.
     */
    Optional<ApiToken> caller(Context ctx) {
        String header = ctx.header("Authorization");
        String secret = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            secret = header.substring(7).trim();
        } else if (ctx.path().endsWith("/events")) {
            secret = ctx.queryParam("access_token"); // EventSource in browsers cannot send headers
        }
        if (secret != null) {
            return tokens.forSecret(secret);
        }
        Optional<Session> session = sessions.use(ctx.cookie(Sessions.COOKIE));
        if (session.isPresent() && !SAFE_METHODS.contains(ctx.method().name())
                && !session.get().csrfMatches(ctx.header(Sessions.CSRF_HEADER))) {
            throw new ApiError(403, "csrf", "a change made with a session cookie needs the page's "
                    + Sessions.CSRF_HEADER + " header");
        }
        return session.map(s -> s.user().asPrincipal());
    }

    private static boolean isPublic(String path) {
        return path.equals("/api/v1/health") || path.startsWith("/api/v1/public/");
    }

    /** 401 unless the request carries a valid token. */
    private void requireAuthenticated(Context ctx) {
        if (ctx.attribute(PRINCIPAL) == null) {
            throw ApiError.unauthorized();
        }
    }

    /** The caller, if it has one of the roles and covers the branch; 401 or 403 otherwise. */
    ApiToken require(Context ctx, String branch, Role... roles) {
        ApiToken token = ctx.attribute(PRINCIPAL);
        if (token == null) {
            throw ApiError.unauthorized();
        }
        Set<Role> allowed = EnumSet.copyOf(Arrays.asList(roles));
        if (!allowed.contains(token.role())) {
            throw ApiError.forbidden("role " + token.role().wire() + " may not do this; allowed: "
                    + allowed.stream().map(Role::wire).toList());
        }
        if (branch != null && !token.coversBranch(branch)) {
            throw ApiError.forbidden("this token is not valid for branch " + branch);
        }
        return token;
    }

    /** A desk token bound to one desk may act only there. */
    static void requireDesk(ApiToken token, String desk) {
        if (token.role() == Role.DESK && token.desk() != null && !token.desk().equals(desk)) {
            throw ApiError.forbidden("this desk token may only act at desk " + token.desk());
        }
    }
}
