package dk.skranke.systemtest.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Command line of the kiosk benchmark: {@code [--tickets N] [--kiosk-jar PATH]}. */
record BenchOptions(int tickets, Path kioskJar) {

    static BenchOptions parse(String[] args) {
        int tickets = 1000;
        Path jar = Path.of("kiosk-app/target/skranke-kiosk.jar");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--tickets" -> tickets = Integer.parseInt(args[i + 1]);
                case "--kiosk-jar" -> jar = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --tickets N --kiosk-jar PATH");
            }
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no kiosk jar at " + jar + " (build with mvn package)");
        }
        return new BenchOptions(tickets, jar);
    }
}
