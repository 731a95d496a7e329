package dk.skranke.tools;

import dk.skranke.tools.bench.BenchCommand;
import dk.skranke.tools.bench.BenchReportsCommand;
import dk.skranke.tools.demo.DemoCommand;
import dk.skranke.tools.demodata.GenerateDemoDataCommand;
import picocli.CommandLine.Command;

/** The command line of the tools around central: the demo, the benchmarks and the demo-data generator. */
@Command(name = "skranke", mixinStandardHelpOptions = true, version = "skranke-tools 0.1.0",
        description = "Demo, benchmarks and demo data for Skranke's central service (not part of central's jar).",
        subcommands = {DemoCommand.class, BenchCommand.class, BenchReportsCommand.class,
                GenerateDemoDataCommand.class})
public final class Main {

    public static void main(String[] args) {
        dk.skranke.central.app.Main.run(new Main(), args);
    }
}
