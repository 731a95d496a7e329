package dk.skranke.hardware.display;

import dk.skranke.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/** Settings for one RS-485/RS-232 desk display bus: port, speed, protocol and reply timeout (8N1, half-duplex). */
public record DisplayBusConfig(String port, int baudRate, DisplayProtocol protocol, Duration replyTimeout) {
    public static final int DEFAULT_BAUD_RATE = 9600;
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofMillis(200);

    public DisplayBusConfig {
        if (port == null || port.isBlank()) {
            throw new InvalidInputException("display.port", "must name a serial port, e.g. /dev/ttyUSB0");
        }
        if (baudRate <= 0) {
            throw new InvalidInputException("display.baudRate", baudRate + " is not a baud rate");
        }
        Objects.requireNonNull(protocol, "protocol");
        if (replyTimeout == null || replyTimeout.isNegative() || replyTimeout.isZero()) {
            throw new InvalidInputException("display.replyTimeout", "must be positive");
        }
    }

    /** 9600 baud, ASCII frame protocol, 200 ms reply timeout. */
    public static DisplayBusConfig forPort(String port) {
        return new DisplayBusConfig(port, DEFAULT_BAUD_RATE, new AsciiFrameProtocol(), DEFAULT_REPLY_TIMEOUT);
    }

    public DisplayBusConfig withBaudRate(int baud) {
        return new DisplayBusConfig(port, baud, protocol, replyTimeout);
    }

    public DisplayBusConfig withProtocol(DisplayProtocol newProtocol) {
        return new DisplayBusConfig(port, baudRate, newProtocol, replyTimeout);
    }

    public DisplayBusConfig withReplyTimeout(Duration timeout) {
        return new DisplayBusConfig(port, baudRate, protocol, timeout);
    }
}
