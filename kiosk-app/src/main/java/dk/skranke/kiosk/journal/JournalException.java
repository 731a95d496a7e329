package dk.skranke.kiosk.journal;

/** The journal file could not be read or written; nothing half-done was committed. */
public final class JournalException extends RuntimeException {
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
