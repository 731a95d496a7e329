package dk.skranke.display.central;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The id of the last event applied, kept in {@code <data>/last-event-id} so a restarted display resumes the
 * stream where it stopped. Written atomically (temp file + rename) after each event; a broken file counts as none.
 */
public final class LastEventIdFile {
    private static final Logger log = LoggerFactory.getLogger(LastEventIdFile.class);
    static final String NAME = "last-event-id";

    private final Path file;
    private final Path temp;
    private boolean warned;

    public LastEventIdFile(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        this.file = dataDir.resolve(NAME);
        this.temp = dataDir.resolve(NAME + ".tmp");
    }

    /** The stored id, or -1 when there is none (first start) or it cannot be read. */
    public long read() {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            long id = Long.parseLong(text);
            return id < 0 ? -1 : id;
        } catch (NoSuchFileException e) {
            return -1;
        } catch (IOException | NumberFormatException e) {
            log.warn("cannot read {} ({}); following the stream from now on", file, e.toString());
            return -1;
        }
    }

    /** Stores the id; a failure is logged once and the display goes on (it would then only resume less exactly). */
    public synchronized void write(long id) {
        try {
            Files.writeString(temp, Long.toString(id), StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            warned = false;
        } catch (IOException e) {
            if (!warned) {
                log.warn("cannot store the last event id in {}: {}", file, e.toString());
                warned = true;
            }
        }
    }
}
