package dk.skranke.central.api;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.auth.Role;
import dk.skranke.central.auth.Tokens;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Resolves the bearer token of a request and checks role and branch scope. */
final class Auth {
    private static final String PRINCIPAL = "skranke.principal";

    private final Tokens tokens;

    Auth(Tokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Before-handler: remembers who is calling. Every path but health and the public status is
     * refused with 401 without a valid token, before any lookup or parsing, so an anonymous caller
     * learns nothing about what exists.
     */
    void identify(Context ctx) {
        String header = ctx.header("Authorization");
        String secret = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            secret = header.substring(7).trim();
        } else if (ctx.path().endsWith("/events")) {
            secret = ctx.queryParam("access_token"); // EventSource in browsers cannot send headers
        }
        tokens.forSecret(secret).ifPresent(token -> ctx.attribute(PRINCIPAL, token));
        if (!isPublic(ctx.path())) {
            requireAuthenticated(ctx);
        }
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
