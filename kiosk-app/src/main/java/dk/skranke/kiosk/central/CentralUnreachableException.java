package dk.skranke.kiosk.central;

/** Central did not answer in time, refused the connection, or answered 5xx: the kiosk works offline. */
public final class CentralUnreachableException extends RuntimeException {
    public CentralUnreachableException(String message) {
        super(message, null, false, false);
    }
}
