package dk.skranke.hardware.diag;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code skranke hw}: diagnostics for the installer on site, one subcommand per device. */
@Command(name = "skranke hw", mixinStandardHelpOptions = true, version = "skranke hw 0.1.0",
        description = "Check the printer, desk buttons, desk displays and call sound on site.",
        subcommands = {PrintTestCommand.class, PrinterStatusCommand.class, ButtonsCommand.class,
            DisplayCommand.class, SayCommand.class})
public final class HwCommand {

    public static void main(String[] args) {
        // Faults as one WARN line each on stderr; raw bytes with -Dskranke.hw.log=DEBUG.
        System.setProperty("logback.configurationFile", "dk/skranke/hardware/diag/hw-logback.xml");
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 device fault, 2 usage). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), args);
    }

    /** The same, writing its report to {@code out}. */
    public static int run(PrintWriter out, String... args) {
        return new CommandLine(new HwCommand()).setOut(out).setErr(out).execute(args);
    }
}
