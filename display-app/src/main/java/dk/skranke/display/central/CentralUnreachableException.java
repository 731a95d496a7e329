package dk.skranke.display.central;

/** Central did not answer in time, refused the connection, or answered 5xx. */
public final class CentralUnreachableException extends RuntimeException {
    public CentralUnreachableException(String message) {
        super(message, null, false, false);
    }
}
