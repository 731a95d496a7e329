package dk.skranke.tools.demo;

import dk.skranke.central.app.CentralCommand;
import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.store.Database;
import dk.skranke.central.store.DatabaseUrl;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.hours.TimeInterval;
import dk.skranke.tools.demodata.DemoDataGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skranke demo}: central with the sample configuration on a fresh database, open around the clock. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run central with the sample configuration on a fresh SQLite file (or an empty PostgreSQL"
                + " database).")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--config", defaultValue = "config/sample-borgerservice.yaml")
    Path config;

    @Option(names = "--port", defaultValue = "8080")
    int port;

    @Option(names = "--real-hours", description = "keep the sample's opening hours (default: open all day, every day)")
    boolean realHours;

    @Option(names = "--history-days", defaultValue = "91",
            description = "days of generated past traffic, so the reports have something to show (0: none)")
    int historyDays;

    @Option(names = "--start-at", paramLabel = "HH:MM", description = "run the demo's clock from this time of"
            + " today in the first branch's zone, at normal speed (default: the real time); e.g. --real-hours"
            + " --start-at 10:00 in the evening, or a benchmark that must not run into midnight")
    LocalTime startAt;

    @Option(names = "--database", paramLabel = "JDBC_URL", description = "an empty PostgreSQL database (or schema,"
            + " ?currentSchema=) instead of the fresh SQLite file; user and password in the URL or from the"
            + " environment (SKRANKE_DATABASE_USER, SKRANKE_DATABASE_PASSWORD)")
    String database;

    @Override
    public Integer call() throws Exception {
        CentralConfig sample = new ConfigLoader(System.getenv()).load(config);
        CentralConfig demo = onThisPort(realHours ? sample : openAllDay(sample));
        ZoneId zone = sample.branches().get(0).hours().zone();
        Clock clock = startAt == null ? Clock.systemUTC() : startingAt(startAt, zone, Clock.systemUTC());
        DatabaseUrl url = database != null ? DatabaseUrl.of(database, System.getenv())
                : DatabaseUrl.sqlite(Files.createTempDirectory("skranke-demo-"));
        if (historyDays > 0) {
            generateHistory(sample, url, LocalDate.now(clock.withZone(zone)));
        }
        CentralCommand.runUntilStopped(demo, url, "127.0.0.1", port, clock, () -> printWelcome(demo, url, clock));
        return 0;
    }

    /** A clock that shows {@code time} of today (in {@code zone}) now and then runs with {@code real}. */
    static Clock startingAt(LocalTime time, ZoneId zone, Clock real) {
        Instant now = real.instant();
        Instant start = ZonedDateTime.of(LocalDate.ofInstant(now, zone), time, zone).toInstant();
        return Clock.offset(real, Duration.between(now, start));
    }

    /** A quarter (by default) of traffic before today, generated with the sample's real opening hours. */
    private void generateHistory(CentralConfig sample, DatabaseUrl url, LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        try (Database db = Database.open(url)) {
            for (Branch branch : sample.branches()) {
                var made = new DemoDataGenerator(db, branch, 1, 55, true)
                        .generate(yesterday.minusDays(historyDays - 1L), yesterday);
                System.out.printf("demo history for %s: %d tickets on %d open days before today%n", branch.id(),
                        made.tickets(), made.openDays());
            }
        }
    }

    private void printWelcome(CentralConfig demo, DatabaseUrl url, Clock clock) {
        String base = "http://localhost:" + port;
        System.out.println();
        System.out.println("Skranke demo is running (database " + url.sqliteFile().map(Path::toString)
                .orElse(url.redacted()) + ")");
        if (startAt != null) {
            ZoneId zone = demo.branches().get(0).hours().zone();
            System.out.println("  clock:         started at " + startAt + " " + zone + ", now "
                    + ZonedDateTime.now(clock.withZone(zone)).toLocalTime().withNano(0));
        }
        System.out.println("  health:        " + base + "/api/v1/health");
        for (Branch branch : demo.branches()) {
            System.out.println("  branch:        " + base + "/api/v1/branches/" + branch.id());
            System.out.println("  live events:   " + base + "/api/v1/branches/" + branch.id() + "/events");
        }
        System.out.println("  staff console: " + base + "/staff   admin devices: " + base + "/admin/devices");
        System.out.println("  reports:       " + base + "/admin/reports   what-if: " + base + "/admin/what-if");
        System.out.println("  sign in as anna / demo-anna-2026 (staff) or leder / demo-leder-2026 (admin)");
        System.out.println("Demo tokens (Authorization: Bearer <secret>), from " + config + ":");
        for (ApiToken token : demo.tokens()) {
            System.out.println("  " + token.role().wire() + " " + token.id());
        }
        System.out.println("Try:  curl -s -X POST -H 'Authorization: Bearer demo-kiosk-1-token' "
                + "-H 'Content-Type: application/json' -d '{\"service\":\"pas\"}' " + base
                + "/api/v1/branches/dragoer/tickets");
        System.out.println("Stop with Ctrl+C.");
    }

    private static CentralConfig openAllDay(CentralConfig sample) {
        DaySchedule allDay = new DaySchedule(List.of(new TimeInterval(LocalTime.MIN, LocalTime.of(23, 59))), false);
        List<Branch> branches = sample.branches().stream().map(b -> {
            OpeningHours.Builder hours = OpeningHours.builder(b.hours().zone()).closedOnPublicHolidays(false)
                    .lastWalkInBeforeClose(Duration.ZERO);
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.on(day, allDay);
            }
            return new Branch(b.id(), b.name(), b.services(), b.desks(), hours.build(), b.rules(), b.checkInWindow());
        }).toList();
        return sample.withBranches(branches);
    }

    private CentralConfig onThisPort(CentralConfig c) {
        return c.withPublicBaseUrl("http://localhost:" + port);
    }
}
