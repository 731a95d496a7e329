package dk.skranke.central.api;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.auth.StaffUser;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.staff.Passwords;
import dk.skranke.central.staff.Session;
import dk.skranke.central.staff.Sessions;
import dk.skranke.central.staff.SignIn;
import dk.skranke.central.view.PageTexts;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.i18n.Language;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-in and the staff console: the login page and form, logout, who is signed in, the console
 * page, the pages' assets and texts. The console itself talks to API v1 with its session cookie.
 */
final class StaffRoutes {
    static final Map<String, String> ASSETS = Map.of("staff.css", "staff.css", "common.js", "common.js",
            "console.js", "console.js", "devices.js", "devices.js");
    /** Where a sign-in may lead: only our own pages (no open redirect). */
    private static final Pattern NEXT = Pattern.compile("/(staff|admin)(/[A-Za-z0-9_-]+)*(\\?[A-Za-z0-9=&_-]*)?");

    private final CentralConfig config;
    private final Sessions sessions;
    private final SignIn signIn;
    private final PageTexts texts;
    private final boolean secureCookie;
    private final String loginPage;
    private final String consolePage;
    private final Map<String, String> assets = new LinkedHashMap<>();

    StaffRoutes(CentralConfig config, Sessions sessions, SignIn signIn, PageTexts texts) {
        this.config = config;
        this.sessions = sessions;
        this.signIn = signIn;
        this.texts = texts;
        this.secureCookie = config.publicBaseUrl().startsWith("https://");
        this.loginPage = Pages.resource("staff/login.html");
        this.consolePage = Pages.resource("staff/console.html");
        ASSETS.forEach((name, file) -> assets.put(name, Pages.resource("staff/" + file)));
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/staff/login", ctx -> loginPage(ctx, 200, languageOf(ctx.queryParam("lang")),
                safeNext(ctx.queryParam("next")), "", null));
        cfg.routes.post("/staff/login", this::login);
        cfg.routes.post("/staff/logout", this::logout);
        cfg.routes.get("/staff/session", this::session);
        cfg.routes.get("/staff", this::console);
        cfg.routes.get("/staff/assets/{file}", ctx -> Pages.asset(ctx, "staff/assets", assets));
        cfg.routes.get("/api/v1/public/texts/staff/{language}", this::texts);
    }

    private void login(Context ctx) {
        requireSameOrigin(ctx);
        boolean json = BodyText.mediaType(ctx).equals("application/json");
        Credentials given = json ? Credentials.fromJson(ctx) : Credentials.fromForm(ctx);
        SignIn.Result result = signIn.attempt(given.username(), given.password(), ctx.ip());
        if (result.ok()) {
            setCookie(ctx, result.session().id(), false);
            if (json) {
                ctx.json(me(result.session().session()));
            } else {
                Pages.seeOther(ctx, given.next() + (given.next().contains("?") ? "&" : "?") + "lang="
                        + given.language().code());
            }
            return;
        }
        int status = result.throttled() ? 429 : 401;
        if (result.throttled()) {
            ctx.header("Retry-After", Long.toString(Math.max(1, result.retryAfter().toSeconds())));
        }
        if (json) {
            Errors.write(ctx, status, result.throttled() ? "too-many-attempts" : "invalid-credentials",
                    result.throttled() ? "too many failed sign-ins; try again later"
                            : "the username or password is wrong", result.throttled()
                            ? Map.of("retryAfterSeconds", Math.max(1, result.retryAfter().toSeconds())) : Map.of());
        } else {
            loginPage(ctx, status, given.language(), given.next(), given.username(),
                    result.throttled() ? "login.error.throttled" : "login.error.invalid");
        }
    }

    private void logout(Context ctx) {
        String id = ctx.cookie(Sessions.COOKIE);
        Optional<Session> session = sessions.use(id);
        String presented = Optional.ofNullable(ctx.header(Sessions.CSRF_HEADER))
                .orElseGet(() -> Form.of(ctx).value("csrf"));
        if (session.isPresent() && !session.get().csrfMatches(presented)) {
            throw new ApiError(403, "csrf", "logging out needs the page's " + Sessions.CSRF_HEADER + " header");
        }
        sessions.end(id);
        setCookie(ctx, "", true);
        if (ctx.header(Sessions.CSRF_HEADER) != null) {
            ctx.status(204);
        } else {
            Pages.seeOther(ctx, "/staff/login");
        }
    }

    private void session(Context ctx) {
        Session session = sessions.use(ctx.cookie(Sessions.COOKIE)).orElseThrow(() -> new ApiError(401,
                "unauthorized", "not signed in"));
        ctx.header("Cache-Control", "no-store").json(me(session));
    }

    private void console(Context ctx) {
        Optional<Session> session = sessions.use(ctx.cookie(Sessions.COOKIE));
        if (session.isEmpty()) {
            Pages.seeOther(ctx, "/staff/login?next=/staff");
            return;
        }
        Pages.html(ctx, 200, Pages.fill(consolePage, key -> "csrf".equals(key) ? session.get().csrf() : null));
    }

    private void texts(Context ctx) {
        Language language = Language.fromCode(ctx.pathParam("language"))
                .orElseThrow(() -> ApiError.notFound("no staff texts for language '"
                        + Paths.safe(ctx.pathParam("language")) + "'; there are da and en"));
        ctx.header("Cache-Control", "no-cache").json(texts.in(language));
    }

    /** Who is signed in and where they may work (every configured branch for an admin without branches). */
    private Map<String, Object> me(Session session) {
        StaffUser user = session.user();
        List<Map<String, String>> branches = config.branches().stream()
                .filter(b -> user.branches().isEmpty() || user.branches().contains(b.id()))
                .map(StaffRoutes::branch).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", user.username());
        body.put("role", user.role().wire());
        body.put("actor", user.actor());
        body.put("branches", branches);
        body.put("idleMinutes", Sessions.IDLE.toMinutes());
        return body;
    }

    private static Map<String, String> branch(Branch b) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("id", b.id());
        view.put("name", b.name());
        return view;
    }

    private void loginPage(Context ctx, int status, Language language, String next, String username, String error) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", language.code());
        values.put("next", next);
        values.put("username", username == null ? "" : username);
        values.put("error", error == null ? "" : texts.get(language, error));
        values.put("errorShown", String.valueOf(error != null));
        values.put("daCurrent", String.valueOf(language == Language.DA));
        values.put("enCurrent", String.valueOf(language == Language.EN));
        Pages.html(ctx, status, Pages.fill(loginPage, key -> key.startsWith("t.")
                ? texts.get(language, key.substring(2)) : values.get(key)));
    }

    private void setCookie(Context ctx, String value, boolean clear) {
        ctx.header("Set-Cookie", Sessions.COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict"
                + (clear ? "; Max-Age=0" : "") + (secureCookie ? "; Secure" : ""));
        ctx.header("Cache-Control", "no-store");
    }

    /** A sign-in form posted from another site would log the victim into the attacker's account. */
    private static void requireSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        boolean crossSite = "cross-site".equals(ctx.header("Sec-Fetch-Site"));
        if (origin != null && host != null) {
            try {
                crossSite |= !host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
            } catch (IllegalArgumentException e) {
                crossSite = true;
            }
        }
        if (crossSite) {
            throw ApiError.forbidden("sign in from central's own login page");
        }
    }

    static Language languageOf(String code) {
        return code == null ? Language.DA : Language.fromCode(code).orElse(Language.DA);
    }

    static String safeNext(String next) {
        return next != null && NEXT.matcher(next).matches() ? next : "/staff";
    }

    /** What a sign-in form or JSON body carried; the password is never trimmed or logged. */
    private record Credentials(String username, String password, String next, Language language) {
        static Credentials fromForm(Context ctx) {
            Form form = Form.of(ctx);
            return new Credentials(limit(form.value("username"), 64), limit(form.value("password"),
                    Passwords.MAX_LENGTH), safeNext(form.value("next")), languageOf(form.value("lang")));
        }

        static Credentials fromJson(Context ctx) {
            Body body = Body.of(ctx);
            String username = body.text("username", 64);
            JsonNode password = body.raw("password");
            if (password == null || !password.isTextual() || password.asText().isEmpty()) {
                throw new dk.skranke.core.error.InvalidInputException("password", "is required");
            }
            return new Credentials(username, limit(password.asText(), Passwords.MAX_LENGTH), "/staff",
                    languageOf(body.optionalText("language", 5)));
        }

        private static String limit(String value, int max) {
            return value == null ? "" : value.length() > max ? value.substring(0, max + 1) : value;
        }
    }
}
