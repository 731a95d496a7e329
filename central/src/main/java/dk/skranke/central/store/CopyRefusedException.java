package dk.skranke.central.store;

/** A database copy that was not started because source or target is not as it must be; nothing was written. */
public final class CopyRefusedException extends RuntimeException {
    public CopyRefusedException(String message) {
        super(message);
    }
}
