package dk.skranke.central.store;

/** The database failed; the request is not acknowledged, nothing is half-written. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
