package dk.skranke.central.api;

import dk.skranke.central.auth.Tokens;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.engine.DeviceWatch;
import dk.skranke.central.engine.Stores;
import dk.skranke.central.engine.WaitingTickets;
import dk.skranke.central.staff.LoginThrottle;
import dk.skranke.central.staff.Passwords;
import dk.skranke.central.staff.Sessions;
import dk.skranke.central.staff.SignIn;
import dk.skranke.central.view.PageTexts;
import dk.skranke.core.branch.Branch;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the staff console, sign-in and sessions, the admin pages and the stale-device watch
 * into central; {@link #auth()} is the one Auth of the app, accepting tokens and sessions.
 */
final class StaffConsole implements AutoCloseable {
    /** Failed sign-ins per username and address before 429, and the window they are counted in. */
    static final int MAX_FAILURES = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);
    /** How often devices are checked for a missing heartbeat. */
    static final Duration DEVICE_CHECK = Duration.ofSeconds(2);

    private final CentralConfig config;
    private final BranchRegistry branches;
    private final Stores stores;
    private final Clock clock;
    private final Sessions sessions;
    private final Auth auth;
    private final DeviceWatch deviceWatch;

    StaffConsole(CentralConfig config, BranchRegistry branches, Stores stores, Clock clock) {
        this.config = config;
        this.branches = branches;
        this.stores = stores;
        this.clock = clock;
        this.sessions = new Sessions(stores.db(), config.users(), clock, Sessions.IDLE);
        this.auth = new Auth(new Tokens(config.tokens()), sessions);
        this.deviceWatch = new DeviceWatch(branches, config.branches().stream().map(Branch::id).toList(), clock,
                DEVICE_CHECK);
    }

    Auth auth() {
        return auth;
    }

    void install(JavalinConfig cfg) {
        PageTexts texts = PageTexts.staff();
        SignIn signIn = new SignIn(config.users(), new Passwords(), new LoginThrottle(clock, MAX_FAILURES,
                FAILURE_WINDOW), sessions);
        new StaffRoutes(config, sessions, signIn, texts).install(cfg);
        new AdminRoutes(auth, sessions, texts).install(cfg);
        new ReportPages(auth, sessions, clock, AdminRoutes.forbiddenPage(texts)).install(cfg);
        new WaitingRoutes(branches, new WaitingTickets(branches, stores, clock), auth).install(cfg);
    }

    @Override
    public void close() {
        deviceWatch.close();
    }
}
