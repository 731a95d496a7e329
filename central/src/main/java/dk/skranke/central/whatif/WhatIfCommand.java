package dk.skranke.central.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.app.DatabaseOptions;
import dk.skranke.central.store.Database;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.whatif.Comparison;
import dk.skranke.core.whatif.ComparisonRow;
import dk.skranke.core.whatif.RunControl;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code skranke what-if}: two opening-hour proposals replayed on a period of a branch's stored traffic. */
@Command(name = "what-if", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Replay a period's real arrivals (or a synthetic demand) against two proposals and print"
                + " them side by side. A proposal file (YAML or JSON): name, hours (as a branch's hours: in the"
                + " configuration), desks (a number or {default, hours: [{days, from, to, desks}]}),"
                + " appointmentShare. See docs/reports.md and docs/what-if.md.")
public final class WhatIfCommand implements Callable<Integer> {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Option(names = "--config", required = true)
    Path config;
    @Mixin
    DatabaseOptions database;
    @Option(names = "--branch", required = true)
    String branch;
    @Option(names = "--from", required = true, description = "first local day, e.g. 2026-01-05")
    String from;
    @Option(names = "--to", required = true, description = "last local day (included)")
    String to;
    @Option(names = "--proposal-a", required = true)
    Path proposalA;
    @Option(names = "--proposal-b", required = true)
    Path proposalB;
    @Option(names = "--demand", description = "synthetic demand file {rates: [{service, days, from, to, perHour}]}"
            + " instead of the real arrivals")
    Path demand;
    @Option(names = "--seed", defaultValue = "1")
    long seed;
    @Option(names = "--closed-policy", defaultValue = "shift", description = "shift or lose")
    String closedPolicy;

    @Override
    public Integer call() throws IOException {
        CentralConfig loaded = new ConfigLoader(System.getenv()).load(config);
        Branch chosen = loaded.branch(branch);
        WhatIfRequest request = new ProposalReader(chosen).request(body());
        PrintStream out = System.out;
        AtomicInteger shown = new AtomicInteger(-1);
        long began = System.nanoTime();
        Comparison comparison;
        try (Database db = Database.open(database.url(loaded))) {
            comparison = new WhatIfRunner(db).run(chosen, request, RunControl.of(fraction -> {
                int tenth = (int) Math.floor(fraction * 10);
                if (tenth > shown.getAndAccumulate(tenth, Math::max)) {
                    out.printf(Locale.ROOT, "progress %3d%%%n", tenth * 10);
                }
            }));
        }
        print(out, request, comparison, (System.nanoTime() - began) / 1e9);
        return 0;
    }

    private JsonNode body() throws IOException {
        ObjectNode body = YAML.createObjectNode();
        body.put("from", from);
        body.put("to", to);
        body.set("proposalA", YAML.readTree(proposalA.toFile()));
        body.set("proposalB", YAML.readTree(proposalB.toFile()));
        if (demand != null) {
            body.set("demand", YAML.readTree(demand.toFile()));
        }
        body.put("seed", seed);
        body.put("closedPolicy", closedPolicy);
        return body;
    }

    static void print(PrintStream out, WhatIfRequest request, Comparison comparison, double seconds) {
        out.printf(Locale.ROOT, "%nwhat-if %s to %s, %s, seed %d, closed: %s (%.1f s)%n", request.from(),
                request.to(), request.profile() == null ? "real arrivals" : "synthetic demand", request.seed(),
                request.closedPolicy().name().toLowerCase(Locale.ROOT), seconds);
        String row = "%-28s %18s %18s %12s%n";
        out.printf(Locale.ROOT, row, "measure", cut(request.first().name()), cut(request.second().name()),
                "difference");
        for (ComparisonRow r : comparison.rows()) {
            out.printf(Locale.ROOT, row, r.measure(), number(r.first()), number(r.second()), number(r.difference()));
        }
    }

    private static String cut(String name) {
        return name.length() <= 18 ? name : name.substring(0, 17) + "…";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
