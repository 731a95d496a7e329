package dk.skranke.tools.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.central.config.ChannelCosts;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.reports.Figures;
import dk.skranke.central.reports.Grouping;
import dk.skranke.central.reports.Report;
import dk.skranke.central.reports.ReportQuery;
import dk.skranke.central.reports.Reports;
import dk.skranke.central.store.Database;
import dk.skranke.central.view.Json;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.error.ConflictException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {
    private static final LocalDate FIRST = LocalDate.parse("2026-08-24");
    private static final LocalDate LAST = LocalDate.parse("2026-11-22");
    private final Branch dragoer = new ConfigLoader(Map.of()).load(Path.of("../config/sample-borgerservice.yaml"))
            .branch("dragoer");

    @Test
    void a_quarter_of_the_sample_branch_has_every_kind_of_traffic_the_reports_show(@TempDir Path dir) {
        try (Database db = Database.openSqlite(dir)) {
            var summary = new DemoDataGenerator(db, dragoer, 1, 55, true).generate(FIRST, LAST);
            Report report = report(db);
            Figures total = report.total();

            assertThat(summary.openDays()).isBetween(60, 66);
            assertThat(total.tickets()).isGreaterThan(2500);
            assertThat(total.appointments()).isPositive();
            assertThat(total.appointmentsMissed()).isPositive();
            assertThat(total.noShows()).isPositive();
            assertThat(total.transfers()).isPositive();
            assertThat(total.cancelled()).isPositive();
            assertThat(total.deflections()).isPositive();
            assertThat(total.couldHaveBeenDigital()).isPositive();
            assertThat(total.helpedToSelfService()).isPositive();
            assertThat(total.waitTime().medianMinutes()).isBetween(1.0, 60.0);
            assertThat(report.arrivals().citizens().get(5)).containsOnly(0L); // saturday: closed
            assertThat(report.byPeriod().stream().filter(p -> p.key().equals("2026-09-02")).findFirst()
                    .orElseThrow().walkIns()).isZero(); // a wednesday: appointments only
        }
    }

    @Test
    void the_same_seed_gives_the_same_data(@TempDir Path one, @TempDir Path two) {
        assertThat(generatedReport(one, 7)).isEqualTo(generatedReport(two, 7));
    }

    @Test
    void it_refuses_to_write_over_a_period_that_already_has_tickets(@TempDir Path dir) {
        try (Database db = Database.openSqlite(dir)) {
            new DemoDataGenerator(db, dragoer, 1, 55, true).generate(FIRST, FIRST.plusDays(6));

            assertThatThrownBy(() -> new DemoDataGenerator(db, dragoer, 2, 55, true).generate(FIRST, LAST))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("already has tickets");
        }
    }

    private String generatedReport(Path dir, long seed) {
        try (Database db = Database.openSqlite(dir)) {
            new DemoDataGenerator(db, dragoer, seed, 55, true).generate(FIRST, FIRST.plusDays(13));
            return Json.write(report(db));
        }
    }

    private Report report(Database db) {
        return new Reports(db, ChannelCosts.DEFAULT).report(dragoer, new ReportQuery(FIRST, LAST, Grouping.DAY, 1));
    }
}
