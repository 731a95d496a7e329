package dk.skranke.central.api;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.auth.Role;
import dk.skranke.central.staff.Session;
import dk.skranke.central.staff.Sessions;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The report page (admins; staff read their own branches' reports, as the report API allows) and the
 * what-if page (admins), with their assets and Chart.js from its WebJar. The pages use API v1 with the
 * session cookie, like the device page.
 */
final class ReportPages {
    /** Reports and quick picks are about the branches' local days; every branch is in Denmark. */
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final String CHART_JS = "chart.umd.js";
    private static final String WEBJAR = "META-INF/resources/webjars/chart.js/";
    private static final Map<String, String> ASSETS = Map.of("admin.css", "admin.css", "charts.js", "charts.js",
            "format.js", "format.js", "reports.js", "reports.js", "report-view.js", "report-view.js",
            "what-if.js", "what-if.js", "proposal-form.js", "proposal-form.js");

    private final Auth auth;
    private final Sessions sessions;
    private final Clock clock;
    private final String forbiddenPage;
    private final String reportsPage;
    private final String whatIfPage;
    private final Map<String, String> assets = new LinkedHashMap<>();

    ReportPages(Auth auth, Sessions sessions, Clock clock, String forbiddenPage) {
        this.auth = auth;
        this.sessions = sessions;
        this.clock = clock;
        this.forbiddenPage = forbiddenPage;
        this.reportsPage = Pages.resource("admin/reports.html");
        this.whatIfPage = Pages.resource("admin/what-if.html");
        ASSETS.forEach((name, file) -> assets.put(name, Pages.resource("admin/" + file)));
        assets.put(CHART_JS, chartJs());
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/admin/reports", ctx -> page(ctx, "/admin/reports", reportsPage,
                EnumSet.of(Role.ADMIN, Role.STAFF)));
        cfg.routes.get("/admin/what-if", ctx -> page(ctx, "/admin/what-if", whatIfPage, EnumSet.of(Role.ADMIN)));
        cfg.routes.get("/admin/assets/{file}", ctx -> Pages.asset(ctx, "admin/assets", assets));
    }

    /** Signed-out: to the sign-in page. Signed in (or a bearer token) with another role: 403. */
    private void page(Context ctx, String path, String template, Set<Role> roles) {
        Optional<ApiToken> caller = auth.caller(ctx);
        if (caller.isEmpty()) {
            Pages.seeOther(ctx, "/staff/login?next=" + path);
            return;
        }
        if (!roles.contains(caller.get().role())) {
            Pages.html(ctx, 403, forbiddenPage);
            return;
        }
        String csrf = sessions.use(ctx.cookie(Sessions.COOKIE)).map(Session::csrf).orElse("");
        String today = LocalDate.now(clock.withZone(ZONE)).toString();
        Pages.html(ctx, 200, Pages.fill(template, key -> switch (key) {
            case "csrf" -> csrf;
            case "today" -> today;
            default -> null;
        }));
    }

    /** Chart.js as its WebJar ships it; the version is the one Maven resolved (managed in the parent POM). */
    static String chartJs() {
        ClassLoader loader = ReportPages.class.getClassLoader();
        String version = webjarVersion(loader);
        try (InputStream in = loader.getResourceAsStream(WEBJAR + version + "/dist/chart.umd.js")) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + WEBJAR + version + "/dist/chart.umd.js");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion(ClassLoader loader) {
        String resource = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (the chart.js WebJar)");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
