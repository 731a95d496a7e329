package dk.skranke.central.retention;

import dk.skranke.central.store.RetentionStore;
import static dk.skranke.central.testing.TestConfig.ADMIN;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.reports.ReportTestAccess;
import dk.skranke.central.store.Database;
import dk.skranke.central.testing.CentralExtension;
import dk.skranke.testsupport.time.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** After the retention period the personal fields are gone by themselves; the anonymous figures stay. */
class RetentionIT {
    private static final String REPORT = "/api/v1/branches/test/reports?from=2026-03-29&to=2026-03-30";
    private final MutableClock clock = MutableClock.at("2026-03-29T00:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);

    @Test
    void codes_and_references_are_purged_at_start_after_30_days_and_the_report_is_unchanged() {
        ReportTestAccess.playSpringHistory(central.http(), clock);
        JsonNode before = get(REPORT);
        assertThat(appointmentsOf("2026-03-29")).containsExactly("ABCD23 booking-1", "EFGH45 booking-2");

        clock.advance(Duration.ofDays(31));
        central.restart();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(appointmentsOf("2026-03-29"))
                .allSatisfy(row -> assertThat(row).startsWith(RetentionStore.PURGED_CODE_PREFIX).endsWith(" null")));
        assertThat(get(REPORT)).isEqualTo(before);
        assertThat(storedText()).noneMatch(text -> text.contains("ABCD23") || text.contains("EFGH45")
                || text.contains("booking-1") || text.contains("booking-2"));
    }

    private List<String> appointmentsOf(String date) {
        List<String> rows = new ArrayList<>();
        get("/api/v1/branches/test/appointments?date=" + date, STAFF)
                .forEach(a -> rows.add(a.path("code").asText() + " " + a.path("reference").asText()));
        return rows;
    }

    /** Every text the database holds in appointments and events, read behind central's back. */
    private List<String> storedText() {
        try (Database db = Database.open(central.get().database())) {
            return db.read(c -> {
                List<String> texts = new ArrayList<>();
                try (var r = c.createStatement().executeQuery("SELECT code || ' ' || COALESCE(reference, '')"
                        + " FROM appointments UNION ALL SELECT data FROM events")) {
                    while (r.next()) {
                        texts.add(r.getString(1));
                    }
                }
                return texts;
            });
        }
    }

    private JsonNode get(String path) {
        return get(path, ADMIN);
    }

    private JsonNode get(String path, String token) {
        var response = central.http().get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
