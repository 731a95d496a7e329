package dk.skranke.kiosk.config;

/** The kiosk configuration is wrong; the message starts with the key, e.g. {@code central.timeout: ...}. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
