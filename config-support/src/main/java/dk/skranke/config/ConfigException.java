package dk.skranke.config;

/** A configuration file is wrong; the message starts with the key, e.g. {@code central.timeout: ...}. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
