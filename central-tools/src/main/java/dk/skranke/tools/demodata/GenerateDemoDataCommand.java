package dk.skranke.tools.demodata;

import dk.skranke.central.app.DatabaseOptions;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.store.Database;
import dk.skranke.central.store.DatabaseUrl;
import dk.skranke.core.branch.Branch;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code skranke generate-demo-data}: a realistic quarter (or any number of days) of traffic for the demo. */
@Command(name = "generate-demo-data", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Fill a central database with generated traffic of one branch (weekday and hour patterns,"
                + " appointments, no-shows, transfers, nudges, outcome tags), ending yesterday.")
public final class GenerateDemoDataCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "central's YAML configuration")
    Path config;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--days", defaultValue = "91", description = "days to generate, ending yesterday")
    int days;

    @Option(names = "--seed", defaultValue = "1", description = "same seed, same data")
    long seed;

    @Option(names = "--branch", description = "branch id (default: the first configured)")
    String branch;

    @Option(names = "--per-day", defaultValue = "55", description = "walk-ins on an ordinary open day")
    double perDay;

    @Option(names = "--end", description = "last day to generate (default: yesterday)")
    LocalDate end;

    @Override
    public Integer call() {
        if (days < 1 || days > 3660 || !(perDay > 0 && perDay <= 100_000)) {
            throw new IllegalArgumentException("--days must be 1 to 3660 and --per-day above 0");
        }
        CentralConfig loaded = new ConfigLoader(System.getenv()).load(config);
        Branch chosen = branch == null ? loaded.branches().get(0) : loaded.branch(branch);
        LocalDate last = end != null ? end : LocalDate.now(Clock.system(chosen.hours().zone())).minusDays(1);
        long began = System.nanoTime();
        DatabaseUrl url = database.url(loaded);
        try (Database db = Database.open(url)) {
            var summary = new DemoDataGenerator(db, chosen, seed, perDay, true).generate(last.minusDays(days - 1),
                    last);
            System.out.printf(Locale.ROOT, "generated %s: %d open days, %d tickets, %d appointments, %s to %s,"
                    + " in %.1f s (%s)%n", chosen.id(), summary.openDays(), summary.tickets(),
                    summary.appointments(), last.minusDays(days - 1), last, (System.nanoTime() - began) / 1e9,
                    url.redacted());
        }
        return 0;
    }
}
