package dk.skranke.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a benchmark's temporary directory with everything in it, saying what it could not remove. */
final class TempTree {
    private TempTree() {
    }

    static void delete(Path root, String command) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    System.err.println(command + ": could not remove " + path + ": " + e.getMessage());
                }
            });
        } catch (IOException e) {
            System.err.println(command + ": could not remove " + root + ": " + e.getMessage());
        }
    }
}
