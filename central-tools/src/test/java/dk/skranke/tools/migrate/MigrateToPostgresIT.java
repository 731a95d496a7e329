package dk.skranke.tools.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.tools.demodata.DemoDataGenerator;
import dk.skranke.central.store.Database;
import dk.skranke.central.store.DatabaseUrl;
import dk.skranke.central.testing.CommandRun;
import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.central.testing.TestConfig;
import dk.skranke.central.testing.TestDatabase;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code skranke migrate-to-postgres}, run as an operator runs it (its own JVM), from a real SQLite file
 * into the embedded PostgreSQL: a quarter of demo history moved once (generating it is the slow part),
 * read by central on SQLite before and by central on PostgreSQL after. About both databases at once, so
 * the pom leaves it out of the suite's PostgreSQL run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrateToPostgresIT {
    /** Every table of central's schema: what the move must carry over. */
    private static final List<String> TABLES = List.of("appointments", "desk_states", "devices", "events",
            "idempotency", "number_blocks", "number_counters", "tickets");
    private static final String BRANCH = "dragoer";
    private static final String KIOSK = "demo-kiosk-1-token";
    private static final String DISPLAY = "demo-display-1-token";
    private static final String STAFF = "demo-staff-1-token";
    private static final String ADMIN = "demo-admin-token";
    private static final String TICKETS = "/api/v1/branches/" + BRANCH + "/tickets";
    private static final String BLOCKS = "/api/v1/branches/" + BRANCH + "/number-blocks";
    private static final String OFFLINE = "/api/v1/branches/" + BRANCH + "/offline-tickets";
    private static final String ISSUE_BODY = "{\"service\":\"pas\",\"clientRequestId\":\"kiosk-1:0001\"}";
    private static final String BLOCK_BODY = "{\"service\":\"pas\",\"size\":5,\"clientRequestId\":\"kiosk-1:b-1\"}";
    private static final String OFFLINE_BODY = "{\"clientRequestId\":\"kiosk-1:off-1\",\"service\":\"pas\","
            + "\"number\":\"P501\",\"language\":\"da\",\"issuedAt\":\"2026-10-05T09:58:00+02:00\","
            + "\"publicToken\":\"offline_" + "q".repeat(24) + "-0123456789\"}";
    /** Monday 5 October 2026, 10:00: the 91 days before it are the generated history. */
    private final MutableClock clock = MutableClock.at("2026-10-05T10:00:00+02:00");
    private final CentralConfig sample = new ConfigLoader(Map.of()).load(Path.of("../config/sample-borgerservice.yaml"));

    private DatabaseUrl sqlite;
    private DatabaseUrl postgres;
    private Map<String, JsonNode> reportsOnSqlite;
    private JsonNode ticketBeforeMove;
    private long lastEventSeenBeforeMove;
    private String sourceDigest;
    private CommandRun migration;
    private Map<String, List<String>> rowsAfterMove;
    private TestCentral onPostgres;

    @BeforeAll
    void move_a_quarter_of_history_that_central_on_sqlite_has_served_to_postgresql() throws Exception {
        sqlite = TestDatabase.freshSqlite();
        try (Database db = Database.open(sqlite)) {
            new DemoDataGenerator(db, sample.branch(BRANCH), 1, 55, true).generate(LocalDate.parse("2026-07-06"),
                    LocalDate.parse("2026-10-04"));
        }
        try (TestCentral onSqlite = TestCentral.startOn(sample, clock, sqlite)) {
            reportsOnSqlite = reports(onSqlite.http());
            leaveTodaysWork(onSqlite);
        }
        sourceDigest = sha256(dataDir(sqlite).resolve("skranke.db"));
        postgres = TestDatabase.freshPostgres();
        // the user from the environment, as an operator keeps credentials off the command line
        assertThat(postgres.jdbcUrl()).contains("?user=postgres&");
        migration = CommandRun.of(Map.of(DatabaseUrl.USER_VARIABLE, "postgres"), "migrate-to-postgres", "--from",
                dataDir(sqlite).toString(), "--to", postgres.jdbcUrl().replace("?user=postgres&", "?"));
        System.out.println(migration.out()); // the measured copy, in the test's report
        rowsAfterMove = rows(postgres);
        onPostgres = TestCentral.startOn(sample, clock, postgres);
    }

    /** Today before the move: a kiosk heartbeat, a number block and a ticket with keys, a paused desk, a display. */
    private void leaveTodaysWork(TestCentral central) {
        Http http = central.http();
        SseClient display = SseClient.connect(central.baseUrl(), BRANCH, DISPLAY, null);
        await().until(() -> central.app().liveSubscribers() == 1);
        expect(http.post("/api/v1/devices/kiosk-1/heartbeat", KIOSK, "{\"printer\":\"ok\",\"version\":\"1.0\"}"),
                200);
        assertThat(expect(http.post(BLOCKS, KIOSK, BLOCK_BODY), 201).path("first").asInt()).isEqualTo(501);
        ticketBeforeMove = expect(http.post(TICKETS, KIOSK, ISSUE_BODY), 201);
        expect(http.post("/api/v1/branches/" + BRANCH + "/desks/3/pause", STAFF, null), 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> display.events().size() == 4);
        lastEventSeenBeforeMove = display.events().get(3).id();
        display.close();
    }

    @AfterAll
    void stop() {
        if (onPostgres != null) {
            onPostgres.close();
        }
    }

    @Test
    void every_row_is_moved_the_source_is_untouched_and_the_reports_of_the_quarter_are_identical() throws Exception {
        // given the move has run (see setup) on a quarter of history plus today's work
        Map<String, List<String>> source = rows(sqlite);
        assertThat(source.get("tickets")).hasSizeGreaterThan(3000);

        // then it succeeded, listing every table with its rows and the total time
        assertThat(migration.exitCode()).as(migration.err()).isZero();
        assertThat(migration.out()).startsWith("copied jdbc:sqlite:" + dataDir(sqlite).resolve("skranke.db")
                + " to jdbc:postgresql://").contains("?… as postgres:");
        for (String table : TABLES) {
            assertThat(migration.out()).containsPattern("(?m)^  " + table + " +" + source.get(table).size() + "$");
        }
        long total = source.values().stream().mapToLong(List::size).sum();
        assertThat(migration.out()).containsPattern("(?m)^  total +" + total + " rows in \\d+\\.\\d s$");
        // and PostgreSQL holds exactly the source's rows, while the SQLite file is byte for byte as it was
        assertThat(rowsAfterMove).isEqualTo(source);
        assertThat(sha256(dataDir(sqlite).resolve("skranke.db"))).isEqualTo(sourceDigest);
        // and central on PostgreSQL reports the quarter exactly as central on SQLite did
        Map<String, JsonNode> after = reports(onPostgres.http());
        assertThat(reportsOnSqlite.get("day").path("total").path("tickets").asLong()).isGreaterThan(3000);
        assertThat(after).isEqualTo(reportsOnSqlite);
    }

    @Test
    void a_kiosks_offline_tickets_replayed_after_the_move_are_taken_once_and_reach_a_display_resuming_from_before()
            throws Exception {
        // given a display that saw every event before the move and resumes from the last one
        assertThat(lastEventSeenBeforeMove).isEqualTo(maxEventId(sqlite));
        SseClient display = SseClient.connect(onPostgres.baseUrl(), BRANCH, DISPLAY, lastEventSeenBeforeMove);
        assertThat(display.status()).isEqualTo(200);
        Http http = onPostgres.http();

        // when the kiosk replays a ticket it printed offline from its block, twice, and retries its online ones
        JsonNode offline = expect(http.post(OFFLINE, KIOSK, OFFLINE_BODY), 201);
        Http.Response replayedAgain = http.post(OFFLINE, KIOSK, OFFLINE_BODY);
        Http.Response issuedAgain = http.post(TICKETS, KIOSK, ISSUE_BODY);
        Http.Response blockAgain = http.post(BLOCKS, KIOSK, BLOCK_BODY);
        JsonNode next = expect(http.post(TICKETS, KIOSK, "{\"service\":\"pas\"}"), 201);

        // then the offline ticket is taken once, each retry is answered with what it got before the move
        assertThat(offline.path("issuedOffline").asBoolean()).isTrue();
        assertThat(replayedAgain.status()).as(replayedAgain.body()).isEqualTo(200);
        assertThat(replayedAgain.text("id")).isEqualTo(offline.path("id").asText());
        assertThat(issuedAgain.status()).as(issuedAgain.body()).isBetween(200, 201);
        assertThat(issuedAgain.text("id")).isEqualTo(ticketBeforeMove.path("id").asText());
        assertThat(blockAgain.status()).as(blockAgain.body()).isEqualTo(200);
        assertThat(blockAgain.json().path("first").asInt()).isEqualTo(501);
        assertThat(count(postgres, "SELECT COUNT(*) FROM tickets WHERE number = 'P501'")).isEqualTo(1);
        // and today's numbering goes on after the ticket issued before the move
        assertThat(ticketBeforeMove.path("number").asText()).isEqualTo("P001");
        assertThat(next.path("number").asText()).isEqualTo("P002");
        // and the display gets just the two new tickets, numbered right after the last event it saw
        await().atMost(Duration.ofSeconds(10)).until(() -> display.events().size() >= 2);
        assertThat(display.events()).extracting(SseClient.Event::name).containsExactly("ticket.issued",
                "ticket.issued");
        assertThat(display.events()).extracting(SseClient.Event::id).containsExactly(lastEventSeenBeforeMove + 1,
                lastEventSeenBeforeMove + 2);
        assertThat(display.events().get(0).data()).contains("\"P501\"");
        display.close();
    }

    @Test
    void a_target_that_already_holds_rows_is_refused_and_left_as_it_was() throws Exception {
        // given a SQLite database and a PostgreSQL database that a central has already used
        DatabaseUrl source = TestDatabase.freshSqlite();
        Database.open(source).close();
        DatabaseUrl used = TestDatabase.freshPostgres();
        CentralConfig test = new ConfigLoader(Map.of()).parse(TestConfig.yaml());
        try (TestCentral central = TestCentral.startOn(test, clock, used)) {
            expect(central.http().post("/api/v1/branches/test/tickets", TestConfig.KIOSK, "{\"service\":\"pas\"}"),
                    201);
        }
        Map<String, List<String>> before = rows(used);

        // when the move is pointed at it
        CommandRun run = CommandRun.of("migrate-to-postgres", "--from", dataDir(source).toString(), "--to",
                used.jdbcUrl());

        // then it is refused with a message that names the tables with rows, and nothing changed
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lastLine(run.err())).isEqualTo("skranke: the target database is not empty: the tables events,"
                + " number_counters, tickets have rows; copy only into a new, empty database (nothing was changed)");
        assertNoStackTrace(run);
        assertThat(run.out()).isEmpty();
        assertThat(rows(used)).isEqualTo(before);
    }

    @Test
    void a_source_written_by_a_newer_skranke_is_refused_and_the_target_stays_empty() throws Exception {
        // given a SQLite database that a later version has migrated one step further
        DatabaseUrl source = TestDatabase.freshSqlite();
        Database.open(source).close();
        int latest;
        try (Connection c = TestDatabase.connect(source); Statement s = c.createStatement()) {
            try (ResultSet row = s.executeQuery("SELECT MAX(installed_rank) FROM flyway_schema_history")) {
                row.next();
                latest = row.getInt(1);
            }
            int later = latest + 1;
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) VALUES (" + later + ", '"
                    + later + "', 'later', 'SQL', 'V" + later + "__later.sql', 0, 'test', CURRENT_TIMESTAMP, 1, 1)");
        }
        String current = IntStream.rangeClosed(1, latest).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        DatabaseUrl target = TestDatabase.freshPostgres();

        // when it is moved
        CommandRun run = CommandRun.of("migrate-to-postgres", "--from", dataDir(source).toString(), "--to",
                target.jdbcUrl());

        // then the move is refused, naming both versions, and nothing is copied
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lastLine(run.err())).isEqualTo("skranke: the source database has the schema migrations ["
                + current + ", " + (latest + 1) + "] but the target [" + current
                + "]; both must be opened by the same Skranke version");
        assertNoStackTrace(run);
        assertThat(rows(target).values()).allSatisfy(rows -> assertThat(rows).isEmpty());
    }

    @Test
    void a_target_that_is_no_reachable_postgresql_and_a_source_that_is_no_database_are_refused_in_one_line()
            throws Exception {
        // given a data directory with a database, an empty one, and a port nobody listens on
        DatabaseUrl source = TestDatabase.freshSqlite();
        Database.open(source).close();
        String from = dataDir(source).toString();
        Path empty = Files.createTempDirectory("no-central-");
        int closed = closedPort();

        // when the move is run with each of them
        CommandRun sqliteTarget = CommandRun.of("migrate-to-postgres", "--from", from, "--to", "jdbc:sqlite:x.db");
        CommandRun unreachable = CommandRun.of("migrate-to-postgres", "--from", from, "--to",
                "jdbc:postgresql://127.0.0.1:" + closed + "/skranke?password=secret-1");
        CommandRun noDatabase = CommandRun.of("migrate-to-postgres", "--from", empty.toString(), "--to",
                "jdbc:postgresql://127.0.0.1:" + closed + "/skranke");

        // then each exits with 2 and says why in one line, without a stack trace or the password
        assertThat(sqliteTarget.err()).isEqualTo("skranke: --to must be a PostgreSQL JDBC URL such as"
                + " jdbc:postgresql://db.example/skranke" + System.lineSeparator());
        assertThat(unreachable.err()).startsWith("skranke: cannot connect to the database jdbc:postgresql://127.0.0.1:"
                + closed + "/skranke?…: ").contains("refused").doesNotContain("secret-1");
        assertThat(noDatabase.err()).isEqualTo("skranke: --from " + empty + ": no central database there"
                + " (skranke.db is missing)" + System.lineSeparator());
        for (CommandRun run : List.of(sqliteTarget, unreachable, noDatabase)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
            assertNoStackTrace(run);
        }
        // and the empty directory was not given a database
        assertThat(empty).isEmptyDirectory();
    }

    private static Map<String, JsonNode> reports(Http http) {
        Map<String, JsonNode> reports = new TreeMap<>();
        for (String grouping : List.of("day", "week")) {
            reports.put(grouping, expect(http.get("/api/v1/branches/" + BRANCH + "/reports?from=2026-07-06"
                    + "&to=2026-10-04&groupBy=" + grouping, ADMIN), 200));
        }
        return reports;
    }

    /** Every row of every table as text, sorted (the two databases sort text differently). */
    private static Map<String, List<String>> rows(DatabaseUrl url) throws SQLException {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection c = TestDatabase.connect(url); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                rows.put(table, rowsOf(s, table));
            }
        }
        return rows;
    }

    private static List<String> rowsOf(Statement s, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static long maxEventId(DatabaseUrl url) throws SQLException {
        return count(url, "SELECT MAX(id) FROM events");
    }

    private static long count(DatabaseUrl url, String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Path dataDir(DatabaseUrl url) {
        return url.sqliteFile().orElseThrow().getParent();
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static void assertNoStackTrace(CommandRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static JsonNode expect(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
    }
}
