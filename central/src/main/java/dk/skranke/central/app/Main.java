package dk.skranke.central.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code skranke} command line. */
@Command(name = "skranke", mixinStandardHelpOptions = true, version = "skranke 0.1.0",
        description = "Queue tickets and self-service kiosks for citizen service centres.",
        subcommands = {CentralCommand.class, HashPasswordCommand.class, MigrateToPostgresCommand.class,
                dk.skranke.central.whatif.WhatIfCommand.class})
public final class Main {

    public static void main(String[] args) {
        run(new Main(), args);
    }

    /**
     * Runs a picocli command line the way every {@code skranke} jar does: a failing command prints
     * one line {@code skranke: <message>} (no stack trace) and exits with 2.
     */
    public static void run(Object commandLine, String[] args) {
        int code = new CommandLine(commandLine)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("skranke: " + e.getMessage());
                    return 2;
                })
                .execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
