package dk.skranke.display.config;

import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.HardwareSettings;
import dk.skranke.hardware.buttons.ButtonMapping;
import dk.skranke.hardware.display.DisplayBusConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated display configuration ({@code display.yaml}, see docs/display.md); immutable, loaded once.
 * {@code zone} is the branch's time zone: the page's clock and call times are in it, never the TV's zone.
 */
public record DisplayConfig(Central central, ZoneId zone, Http http, Path data, Room room, Info info,
        List<DeskSetup> desks, Duration deskFeedback, HardwareConfig hardware) {
    /** The zone of every Danish citizen service centre, used when {@code zone} is left out. */
    public static final ZoneId DANISH_ZONE = ZoneId.of("Europe/Copenhagen");

    /** Used in simulated mode when the file names no display bus: the simulator ignores the port. */
    static final DisplayBusConfig SIMULATED_BUS = DisplayBusConfig.forPort("simulated");

    public DisplayConfig {
        Objects.requireNonNull(central, "central");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(info, "info");
        desks = List.copyOf(desks);
        Objects.requireNonNull(deskFeedback, "deskFeedback");
        Objects.requireNonNull(hardware, "hardware");
    }

    /**
     * How to reach central with the display-role token; {@code url} has no trailing slash. {@code streamSilence}:
     * a stream without a single byte for this long is dead (central pings every 15 s). The token never appears
     * in {@link #toString()}.
     */
    public record Central(String url, String token, String device, String branch, Duration timeout,
            Duration streamSilence) {

        /** The API v1 base, e.g. {@code http://central.local:8080/api/v1}. */
        public String apiBase() {
            return url + "/api/v1";
        }

        public Central withUrl(String other) {
            return new Central(other.replaceAll("/+$", ""), token, device, branch, timeout, streamSilence);
        }

        @Override
        public String toString() {
            return "Central[url=" + url + ", device=" + device + ", branch=" + branch + "]";
        }
    }

    /** Where the waiting-room page listens; port 0 picks a free port (tests). */
    public record Http(String host, int port) {
    }

    /**
     * The room page: how many past calls it lists, how long the newest call stays highlighted, and how old a
     * call may be and still be announced (calls replayed after a long outage are shown, not said).
     */
    public record Room(int history, Duration highlight, Duration announceWithin) {
        public static final Room DEFAULTS = new Room(6, Duration.ofSeconds(8), Duration.ofSeconds(60));
    }

    /** Lines that take turns at the bottom of the page (digital channels, notices), and how long each stays. */
    public record Info(Duration rotate, List<LocalizedText> lines) {
        public Info {
            Objects.requireNonNull(rotate, "rotate");
            lines = List.copyOf(lines);
        }
    }

    /**
     * One desk of the room: the bus address of its LED display (null: none) and the desk token its buttons use
     * (null: no buttons). The token never appears in {@link #toString()}.
     */
    public record DeskSetup(String desk, Integer displayAddress, String token) {
        public DeskSetup {
            Objects.requireNonNull(desk, "desk");
        }

        public Optional<Integer> display() {
            return Optional.ofNullable(displayAddress);
        }

        @Override
        public String toString() {
            return "DeskSetup[desk=" + desk + ", displayAddress=" + displayAddress + ", token="
                    + (token == null ? "none" : "***") + "]";
        }
    }

    /** Real or simulated devices. {@code buttons} and {@code displays} may be null: not attached. */
    public record HardwareConfig(HardwareMode mode, ButtonMapping buttons, DisplayBusConfig displays, boolean sound) {
    }

    /** The desk with this id, if configured. */
    public Optional<DeskSetup> desk(String deskId) {
        return desks.stream().filter(d -> d.desk().equals(deskId)).findFirst();
    }

    /**
     * Defaults for everything but central's address and credentials: simulated displays and sound, no buttons,
     * port 0, short highlight. Handy in tests.
     */
    public static DisplayConfig simulated(String centralUrl, String token, String device, String branch, Path data,
            List<DeskSetup> desks) {
        return new DisplayConfig(
                new Central(centralUrl.replaceAll("/+$", ""), token, device, branch, Duration.ofSeconds(2),
                        Duration.ofSeconds(40)), DANISH_ZONE,
                new Http("127.0.0.1", 0), data, Room.DEFAULTS, new Info(Duration.ofSeconds(12), List.of()), desks,
                Duration.ofSeconds(3), new HardwareConfig(HardwareMode.SIMULATED, null, SIMULATED_BUS, true));
    }

    public DisplayConfig withPort(int port) {
        return new DisplayConfig(central, zone, new Http(http.host(), port), data, room, info, desks, deskFeedback,
                hardware);
    }

    public DisplayConfig withZone(ZoneId other) {
        return new DisplayConfig(central, other, http, data, room, info, desks, deskFeedback, hardware);
    }

    public DisplayConfig withData(Path dir) {
        return new DisplayConfig(central, zone, http, dir, room, info, desks, deskFeedback, hardware);
    }

    public DisplayConfig withCentral(Central other) {
        return new DisplayConfig(other, zone, http, data, room, info, desks, deskFeedback, hardware);
    }

    public DisplayConfig withRoom(Room other) {
        return new DisplayConfig(central, zone, http, data, other, info, desks, deskFeedback, hardware);
    }

    public DisplayConfig withInfo(Info other) {
        return new DisplayConfig(central, zone, http, data, room, other, desks, deskFeedback, hardware);
    }

    public DisplayConfig withDeskFeedback(Duration feedback) {
        return new DisplayConfig(central, zone, http, data, room, info, desks, feedback, hardware);
    }

    public DisplayConfig withHardware(HardwareConfig other) {
        return new DisplayConfig(central, zone, http, data, room, info, desks, deskFeedback, other);
    }

    /** The hardware module's settings: buttons, desk displays and sound; simulators keep files under {@code <data>/simulator}. */
    public HardwareSettings hardwareSettings() {
        return new HardwareSettings(hardware.mode(), null, hardware.buttons(), hardware.displays(), hardware.sound(),
                data.resolve("simulator"));
    }
}
