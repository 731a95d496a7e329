package dk.skranke.tools.bench;

import dk.skranke.central.config.ChannelCosts;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.reports.Grouping;
import dk.skranke.central.reports.ReportCsv;
import dk.skranke.central.reports.ReportQuery;
import dk.skranke.central.reports.Reports;
import dk.skranke.central.store.Database;
import dk.skranke.central.store.ReportBaselines;
import dk.skranke.central.view.Json;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.ServiceOrder;
import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.tools.demodata.DemoDataGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skranke bench-reports}: how long a year's report of a large branch takes, beside bare scans of the same rows. */
@Command(name = "bench-reports", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Generate a year of a large branch (the sample's services, 40 desks, weekdays 08-18 and"
                + " Saturday 10-14) into a SQLite database, then time the report over the year beside two baselines"
                + " on the same rows: SELECT count(*) and a plain scan of the ticket columns the report reads."
                + " See docs/benchmarks.md."})
public final class BenchReportsCommand implements Callable<Integer> {
    private static final ReportBaselines BASELINES = new ReportBaselines();

    @Option(names = "--config", defaultValue = "config/sample-borgerservice.yaml", description = "services from its first branch")
    Path config;
    @Option(names = "--data", description = "data directory to keep and reuse (default: a temporary one, deleted)")
    Path data;
    @Option(names = "--end", defaultValue = "2025-12-31", description = "last day of the year")
    LocalDate end;
    @Option(names = "--per-day", defaultValue = "2300", description = "walk-ins on an ordinary open day")
    double perDay;
    @Option(names = "--runs", defaultValue = "5", description = "timed runs of each measurement (after one warm-up)")
    int runs;
    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        Branch branch = largeBranch(new ConfigLoader(System.getenv()).load(config).branches().get(0));
        Path dir = data != null ? data : Files.createTempDirectory("skranke-bench-reports-");
        LocalDate from = end.minusYears(1).plusDays(1);
        try (Database db = Database.openSqlite(dir)) {
            System.out.println("Skranke bench-reports  machine " + Report.machine());
            generateIfEmpty(db, branch, from);
            long tickets = count(db, branch, from);
            System.out.printf(Locale.ROOT, "data     %,d tickets of branch %s, %s to %s, %s%n", tickets, branch.id(),
                    from, end, dir.resolve("skranke.db"));
            measure(db, branch, from, tickets);
        } finally {
            if (data == null) {
                TempTree.delete(dir, "bench-reports");
            }
        }
        return 0;
    }

    private void generateIfEmpty(Database db, Branch branch, LocalDate from) {
        if (count(db, branch, from) > 0) {
            return;
        }
        long began = System.nanoTime();
        var summary = new DemoDataGenerator(db, branch, seed, perDay, false).generate(from, end);
        System.out.printf(Locale.ROOT, "generate %,d tickets, %,d appointments on %d open days in %.1f s"
                + " (events: only those the reports read)%n", summary.tickets(), summary.appointments(),
                summary.openDays(), seconds(began));
    }

    private void measure(Database db, Branch branch, LocalDate from, long tickets) {
        Reports reports = new Reports(db, ChannelCosts.DEFAULT);
        ReportQuery byDay = new ReportQuery(from, end, Grouping.DAY, 1.0);
        ReportQuery byMonth = new ReportQuery(from, end, Grouping.MONTH, 1.0);
        List<Task> tasks = List.of(
                new Task("baseline SELECT count(*) of the year's tickets", () -> count(db, branch, from)),
                new Task("baseline scan of the report's ticket columns", () -> scan(db, branch, from)),
                new Task("report, year by day", () -> reports.report(branch, byDay).total().tickets()),
                new Task("report, year by month", () -> reports.report(branch, byMonth).total().tickets()),
                new Task("report, year by day, as JSON text", () -> Json.write(reports.report(branch, byDay))
                        .length()),
                new Task("report, year by day, as CSV (figures)", () -> ReportCsv.write(
                        reports.report(branch, byDay), "figures").length()));
        for (int run = 0; run <= runs; run++) {
            for (Task task : tasks) {
                task.run(run > 0); // interleaved, so a change in the machine's load hits every task alike
            }
        }
        String row = "  %-44s %9s %9s %9s %10s %8s%n";
        System.out.printf(Locale.ROOT, "%n%d runs of each, interleaved, after one warm-up round; milliseconds%n",
                runs);
        System.out.printf(Locale.ROOT, row, "", "wall min", "median", "max", "CPU median", "x scan");
        double scanCpu = tasks.get(1).median(tasks.get(1).cpu);
        for (Task task : tasks) {
            System.out.printf(Locale.ROOT, row, task.name, format(task.min()), format(task.median(task.wall)),
                    format(task.max()), format(task.median(task.cpu)),
                    String.format(Locale.ROOT, "%.1f", task.median(task.cpu) / scanCpu));
        }
        System.out.printf(Locale.ROOT, "  (%,d tickets; report by day: %.2f us CPU per ticket; \"x scan\" is the ratio"
                + " of CPU medians, the measure least disturbed by other load)%n", tickets,
                tasks.get(2).median(tasks.get(2).cpu) * 1000 / tickets);
    }

    /** One measured piece of work: wall-clock and CPU time of this thread (SQLite runs in it too). */
    private final class Task {
        private final String name;
        private final LongSupplier work;
        private final double[] wall = new double[runs];
        private final double[] cpu = new double[runs];
        private int done;

        Task(String name, LongSupplier work) {
            this.name = name;
            this.work = work;
        }

        void run(boolean measured) {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuBegan = threads.getCurrentThreadCpuTime();
            long began = System.nanoTime();
            work.getAsLong();
            if (measured) {
                wall[done] = (System.nanoTime() - began) / 1e6;
                cpu[done++] = (threads.getCurrentThreadCpuTime() - cpuBegan) / 1e6;
                if (done == runs) {
                    Arrays.sort(wall);
                    Arrays.sort(cpu);
                }
            }
        }

        double median(double[] sorted) {
            return sorted[(sorted.length - 1) / 2];
        }

        double min() {
            return Arrays.stream(wall).min().orElse(Double.NaN);
        }

        double max() {
            return Arrays.stream(wall).max().orElse(Double.NaN);
        }
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.0f", millis);
    }

    private long count(Database db, Branch branch, LocalDate from) {
        return db.read(c -> BASELINES.count(c, branch.id(), from, end));
    }

    /** Reads every column the report reads, without the join and the recall lookup. */
    private long scan(Database db, Branch branch, LocalDate from) {
        return db.read(c -> BASELINES.scan(c, branch.id(), from, end));
    }

    /** The sample's first branch made large: 40 desks for every service, open 08-18 on weekdays and Saturday 10-14. */
    static Branch largeBranch(Branch sample) {
        OpeningHours.Builder hours = OpeningHours.builder(sample.hours().zone())
                .lastWalkInBeforeClose(sample.hours().lastWalkInBeforeClose());
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.on(day, DaySchedule.of("08:00-18:00"));
        }
        hours.on(DayOfWeek.SATURDAY, DaySchedule.of("10:00-14:00"));
        List<String> services = sample.services().stream().map(s -> s.id()).toList();
        List<Desk> desks = new ArrayList<>();
        IntStream.rangeClosed(1, 40).forEach(i -> desks.add(new Desk(String.valueOf(i), "Skranke " + i, services,
                ServiceOrder.LIST)));
        return new Branch(sample.id(), sample.name(), sample.services(), desks, hours.build(), sample.rules(),
                sample.checkInWindow());
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }
}
