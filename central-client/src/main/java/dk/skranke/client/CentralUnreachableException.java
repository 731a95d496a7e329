package dk.skranke.client;

/** Central did not answer in time, refused the connection, or answered 5xx; the kiosk then works offline, a desk press shows its failure. */
public final class CentralUnreachableException extends RuntimeException {
    public CentralUnreachableException(String message) {
        super(message, null, false, false);
    }
}
