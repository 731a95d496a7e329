package dk.skranke.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final BenchTokens TOKENS = new BenchTokens("k", "d", "s");
    private static final Target SQLITE = central("sqlite");
    private static final Target POSTGRES = central("postgres");
    private static final Target BARE = new BareTarget("http://127.0.0.1:2", () -> -1);

    @Test
    void with_two_centrals_every_throughput_figure_has_a_ratio_to_bare_and_postgres_one_to_sqlite() {
        // given central on SQLite at 700 req/s, on PostgreSQL at 350 req/s, bare at 3500 req/s
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report report = new Report(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // when the throughput table is printed
        report.throughput(5000, 50, 1000, List.of(new Report.Measured<>(SQLITE, load(700, 70)),
                new Report.Measured<>(POSTGRES, load(350, 140))), new Report.Measured<>(BARE, load(3500, 14)));

        // then each server has its row and each central its ratios, side by side in one table
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("  sqlite   POST /tickets").contains("  postgres POST /tickets")
                .contains("  bare     POST /noop");
        assertThat(line(out, "sqlite / bare")).contains("0.20x", "5.00x");
        assertThat(line(out, "postgres / bare")).contains("0.10x", "10.00x");
        assertThat(line(out, "postgres / sqlite")).contains("0.50x", "2.00x");
        assertThat(out).contains("sqlite 70.0 / 700.0 req/s, postgres 35.0 / 350.0 req/s, bare");
    }

    @Test
    void with_one_central_the_table_is_central_beside_bare_as_before() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report report = new Report(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        report.throughput(5000, 50, 1000, List.of(new Report.Measured<>(central("central"), load(700, 70))),
                new Report.Measured<>(BARE, load(3500, 14)));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(line(out, "central / bare")).contains("0.20x");
        assertThat(out).doesNotContain("sqlite").doesNotContain("postgres");
    }

    private static Target central(String label) {
        return new CentralTarget(label, "http://127.0.0.1:1", "b", "1", TOKENS, List.of("pas"), () -> -1);
    }

    /** A throughput result: {@code perSecond} overall, a tenth of it over the first tenth, p50 {@code p50} ms. */
    private static LoadRun.Result load(double perSecond, double p50) {
        return new LoadRun.Result(new LatencySummary(5000, p50, 2 * p50, 3 * p50, p50), perSecond, perSecond / 10,
                perSecond, 1000, 0, null);
    }

    private static String line(String out, String containing) {
        return out.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow();
    }
}
