package dk.skranke.central.api;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.auth.Role;
import dk.skranke.central.staff.Session;
import dk.skranke.central.staff.Sessions;
import dk.skranke.central.view.PageTexts;
import dk.skranke.core.i18n.Language;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** The admin device page (signed-in admins): devices and their health with live alerts. */
final class AdminRoutes {
    private final Auth auth;
    private final Sessions sessions;
    private final PageTexts texts;
    private final String devicesPage;
    private final String forbiddenPage;

    AdminRoutes(Auth auth, Sessions sessions, PageTexts texts) {
        this.auth = auth;
        this.sessions = sessions;
        this.texts = texts;
        this.devicesPage = Pages.resource("admin/devices.html");
        this.forbiddenPage = forbiddenPage(texts);
    }

    /** The 403 page of the admin pages, in Danish and English. */
    static String forbiddenPage(PageTexts texts) {
        return Pages.fill(Pages.resource("staff/forbidden.html"), key -> {
            String[] parts = key.split("\\.", 2);
            return texts.get(Language.fromCode(parts[0]).orElseThrow(), parts[1]);
        });
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/admin/devices", this::devices);
    }

    /** Signed-out: to the sign-in page. Signed in (or a bearer token) without the admin role: 403. */
    private void devices(Context ctx) {
        Optional<ApiToken> caller = auth.caller(ctx);
        if (caller.isEmpty()) {
            Pages.seeOther(ctx, "/staff/login?next=/admin/devices");
            return;
        }
        if (caller.get().role() != Role.ADMIN) {
            Pages.html(ctx, 403, forbiddenPage);
            return;
        }
        String csrf = sessions.use(ctx.cookie(Sessions.COOKIE)).map(Session::csrf).orElse("");
        Pages.html(ctx, 200, Pages.fill(devicesPage, key -> "csrf".equals(key) ? csrf : null));
    }
}
