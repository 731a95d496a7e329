package dk.skranke.central.testing;

import dk.skranke.central.store.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One {@code skranke} command run as its own JVM, as an operator runs it: exit code, output and errors. */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code skranke ARGS...} with the test's class path and the given extra environment. */
    public static CommandRun of(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dk.skranke.central.app.Main"));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("skranke-cli-", ".out");
            Path err = Files.createTempFile("skranke-cli-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // only the credentials the test gives: none from the machine running it
            builder.environment().remove(DatabaseUrl.USER_VARIABLE);
            builder.environment().remove(DatabaseUrl.PASSWORD_VARIABLE);
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("skranke " + args[0] + " did not end within 120 s");
            }
            return new CommandRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static CommandRun of(String... args) {
        return of(Map.of(), args);
    }
}
