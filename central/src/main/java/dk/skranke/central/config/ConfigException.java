package dk.skranke.central.config;

/** The configuration file is wrong; the message names the key. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
