package dk.skranke.kiosk.config;

import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.HardwareSettings;
import dk.skranke.hardware.PrinterConnection;
import dk.skranke.hardware.printer.PaperWidth;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The validated kiosk configuration ({@code kiosk.yaml}, see docs/kiosk.md); immutable, loaded once. {@code zone}
 * is the branch's time zone: every time the kiosk decides on, shows or prints is in it, never the host's zone.
 */
public record KioskConfig(Central central, ZoneId zone, Http http, Path data, int idleSeconds,
        NumberBlocks numberBlocks, List<DigitalChannel> digitalChannels, HardwareConfig hardware) {
    /** The zone of every Danish citizen service centre, used when {@code zone} is left out. */
    public static final ZoneId DANISH_ZONE = ZoneId.of("Europe/Copenhagen");

    public KioskConfig {
        Objects.requireNonNull(central, "central");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(numberBlocks, "numberBlocks");
        Objects.requireNonNull(hardware, "hardware");
        digitalChannels = List.copyOf(digitalChannels);
    }

    /** How to reach central; {@code url} has no trailing slash. The token never appears in {@link #toString()}. */
    public record Central(String url, String token, String device, String branch, Duration timeout,
            Duration heartbeat, Duration refresh) {

        /** The same settings for central at another address (trailing slashes dropped). */
        public Central withUrl(String other) {
            return new Central(other.replaceAll("/+$", ""), token, device, branch, timeout, heartbeat, refresh);
        }

        /** The API v1 base, e.g. {@code http://central.local:8080/api/v1}. */
        public String apiBase() {
            return url + "/api/v1";
        }

        @Override
        public String toString() {
            return "Central[url=" + url + ", device=" + device + ", branch=" + branch + ", timeout=" + timeout + "]";
        }
    }

    /** Where the local page and API listen; port 0 picks a free port (tests). */
    public record Http(String host, int port) {
    }

    /** Numbers reserved per service for offline issuing, and when to reserve more. */
    public record NumberBlocks(int size, int refillBelow) {
    }

    /** A digital channel shown on the start and closed screens. */
    public record DigitalChannel(LocalizedText name, String url) {
    }

    /** Real or simulated printer and the paper roll. {@code printer} may be null: no printer attached. */
    public record HardwareConfig(HardwareMode mode, PrinterConnection printer, PaperWidth paper) {
    }

    /** Defaults for everything but central's address and credentials: simulated printer, port 0. Handy in tests. */
    public static KioskConfig simulated(String centralUrl, String token, String device, String branch, Path data) {
        return new KioskConfig(
                new Central(centralUrl.replaceAll("/+$", ""), token, device, branch, Duration.ofMillis(1500),
                        Duration.ofSeconds(5), Duration.ofSeconds(30)), DANISH_ZONE,
                new Http("127.0.0.1", 0), data, 60, new NumberBlocks(50, 15), List.of(),
                new HardwareConfig(HardwareMode.SIMULATED, SIMULATED_PRINTER, PaperWidth.MM_80));
    }

    /** Used in simulated mode when the file names no printer: the simulator ignores the address. */
    static final PrinterConnection SIMULATED_PRINTER = new PrinterConnection("device", "simulated", 19200);

    public KioskConfig withPort(int port) {
        return new KioskConfig(central, zone, new Http(http.host(), port), data, idleSeconds, numberBlocks,
                digitalChannels, hardware);
    }

    public KioskConfig withData(Path dataDir) {
        return new KioskConfig(central, zone, http, dataDir, idleSeconds, numberBlocks, digitalChannels, hardware);
    }

    public KioskConfig withCentral(Central other) {
        return new KioskConfig(other, zone, http, data, idleSeconds, numberBlocks, digitalChannels, hardware);
    }

    public KioskConfig withNumberBlocks(NumberBlocks blocks) {
        return new KioskConfig(central, zone, http, data, idleSeconds, blocks, digitalChannels, hardware);
    }

    public KioskConfig withZone(ZoneId other) {
        return new KioskConfig(central, other, http, data, idleSeconds, numberBlocks, digitalChannels, hardware);
    }

    public KioskConfig withHardware(HardwareConfig other) {
        return new KioskConfig(central, zone, http, data, idleSeconds, numberBlocks, digitalChannels, other);
    }

    public KioskConfig withDigitalChannels(List<DigitalChannel> channels) {
        return new KioskConfig(central, zone, http, data, idleSeconds, numberBlocks, channels, hardware);
    }

    /** The hardware module's settings: only a printer; the simulator writes under {@code <data>/simulator}. */
    public HardwareSettings hardwareSettings() {
        return new HardwareSettings(hardware.mode(), hardware.printer(), null, null, false,
                data.resolve("simulator"));
    }
}
