package dk.skranke.display.config;

/** The display configuration is wrong; the message starts with the key, e.g. {@code desks[1].token: ...}. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
