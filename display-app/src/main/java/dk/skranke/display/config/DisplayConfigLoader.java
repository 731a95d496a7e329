package dk.skranke.display.config;

import dk.skranke.config.ConfigException;
import dk.skranke.config.ConfigNode;
import dk.skranke.config.YamlFiles;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.buttons.ButtonAction;
import dk.skranke.hardware.buttons.ButtonBinding;
import dk.skranke.hardware.buttons.ButtonMapping;
import dk.skranke.hardware.buttons.ButtonWiring;
import dk.skranke.hardware.display.AsciiFrameProtocol;
import dk.skranke.hardware.display.DisplayBusConfig;
import dk.skranke.hardware.display.ModbusRtuProtocol;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code display.yaml} and validates it; every error names the key. {@code env:NAME} reads a secret from the environment. */
public final class DisplayConfigLoader {
    /** The desk ids a button mapping accepts (hardware's rule), a subset of central's. */
    private static final String DESK_ID = "[A-Za-z0-9][A-Za-z0-9-]{0,19}";

    private final Map<String, String> environment;

    public DisplayConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public DisplayConfig load(Path file) {
        return config(YamlFiles.read(file));
    }

    public DisplayConfig parse(String yaml) {
        return config(YamlFiles.parse(yaml));
    }

    private DisplayConfig config(ConfigNode root) {
        root.allowOnly(Set.of("central", "zone", "http", "data", "room", "info", "desks", "deskFeedback",
                "buttons", "hardware"));
        DisplayConfig.Central central = central(root.child("central"));
        DisplayConfig.Http http = http(root.child("http"));
        Path data = root.child("data").pathOr("/var/lib/skranke-display");
        List<DisplayConfig.DeskSetup> desks = desks(root.child("desks"));
        Duration feedback = root.child("deskFeedback").duration(Duration.ofSeconds(3), Duration.ofMillis(100),
                Duration.ofSeconds(30));
        ButtonMapping buttons = buttons(root.child("buttons"), desks);
        DisplayConfig.HardwareConfig hardware = hardware(root.child("hardware"), buttons, desks);
        return new DisplayConfig(central, root.child("zone").zone(DisplayConfig.DANISH_ZONE), http, data,
                room(root.child("room")), info(root.child("info")), desks, feedback, hardware);
    }

    private DisplayConfig.Central central(ConfigNode n) {
        n.allowOnly(Set.of("url", "token", "device", "branch", "timeout", "streamSilence"));
        String url = n.child("url").httpUrl().replaceAll("/+$", "");
        String token = n.child("token").bearerToken(environment);
        String device = n.child("device").identifier();
        String branch = n.child("branch").identifier();
        Duration timeout = n.child("timeout").duration(Duration.ofSeconds(2), Duration.ofMillis(100),
                Duration.ofSeconds(30));
        Duration silence = n.child("streamSilence").duration(Duration.ofSeconds(40), Duration.ofMillis(200),
                Duration.ofMinutes(10));
        return new DisplayConfig.Central(url, token, device, branch, timeout, silence);
    }

    private static DisplayConfig.Http http(ConfigNode n) {
        if (!n.isPresent()) {
            return new DisplayConfig.Http("127.0.0.1", 8091);
        }
        n.allowOnly(Set.of("host", "port"));
        return new DisplayConfig.Http(n.child("host").textOr("127.0.0.1"), n.child("port").integer(8091, 0, 65535));
    }

    private static DisplayConfig.Room room(ConfigNode n) {
        DisplayConfig.Room d = DisplayConfig.Room.DEFAULTS;
        if (!n.isPresent()) {
            return d;
        }
        n.allowOnly(Set.of("history", "highlight", "announceWithin"));
        return new DisplayConfig.Room(n.child("history").integer(d.history(), 0, 20),
                n.child("highlight").duration(d.highlight(), Duration.ZERO, Duration.ofMinutes(1)),
                n.child("announceWithin").duration(d.announceWithin(), Duration.ofSeconds(1), Duration.ofHours(1)));
    }

    private static DisplayConfig.Info info(ConfigNode n) {
        if (!n.isPresent()) {
            return new DisplayConfig.Info(Duration.ofSeconds(12), List.of());
        }
        n.allowOnly(Set.of("rotate", "lines"));
        Duration rotate = n.child("rotate").duration(Duration.ofSeconds(12), Duration.ofSeconds(2), Duration.ofMinutes(10));
        List<LocalizedText> lines = new ArrayList<>();
        for (ConfigNode line : n.child("lines").listOrEmpty()) {
            lines.add(line.localizedText());
        }
        return new DisplayConfig.Info(rotate, lines);
    }

    private List<DisplayConfig.DeskSetup> desks(ConfigNode n) {
        List<DisplayConfig.DeskSetup> desks = new ArrayList<>();
        Map<Integer, Integer> entryByAddress = new HashMap<>();
        List<ConfigNode> items = n.listOrEmpty();
        for (int i = 0; i < items.size(); i++) {
            ConfigNode item = items.get(i).allowOnly(Set.of("desk", "displayAddress", "token"));
            String desk = item.child("desk").text();
            if (!desk.matches(DESK_ID)) {
                throw item.child("desk").error("must be a desk id: letters, digits and '-', at most 20 (got '" + desk + "')");
            }
            if (desks.stream().anyMatch(d -> d.desk().equals(desk))) {
                throw item.child("desk").error("desk '" + desk + "' is listed twice");
            }
            Integer address = item.child("displayAddress").isPresent()
                    ? item.child("displayAddress").integer(0, 1, 247) : null;
            if (address != null && entryByAddress.putIfAbsent(address, i) != null) {
                throw item.child("displayAddress").error("address " + address + " is already used by desks["
                        + entryByAddress.get(address) + "]");
            }
            String token = item.child("token").isPresent() ? item.child("token").bearerToken(environment) : null;
            desks.add(new DisplayConfig.DeskSetup(desk, address, token));
        }
        return desks;
    }

    private static ButtonMapping buttons(ConfigNode n, List<DisplayConfig.DeskSetup> desks) {
        if (!n.isPresent()) {
            return null;
        }
        n.allowOnly(Set.of("wiring", "debounce", "pins"));
        ButtonWiring wiring = switch (n.child("wiring").textOr("active-low")) {
            case "active-low" -> ButtonWiring.ACTIVE_LOW;
            case "active-high" -> ButtonWiring.ACTIVE_HIGH;
            default -> throw n.child("wiring").error("must be active-low or active-high");
        };
        Duration debounce = n.child("debounce").duration(ButtonMapping.DEFAULT_DEBOUNCE, Duration.ofMillis(1),
                Duration.ofMillis(500));
        List<ConfigNode> pins = n.child("pins").required().listOrEmpty();
        if (pins.isEmpty()) {
            throw n.child("pins").error("at least one button must be configured");
        }
        List<ButtonBinding> bindings = new ArrayList<>();
        for (ConfigNode pin : pins) {
            bindings.add(binding(pin, desks));
        }
        try {
            return new ButtonMapping(bindings, wiring, debounce);
        } catch (InvalidInputException e) {
            // the mapping names its entries buttons[i]; in this file they live under buttons.pins[i]
            throw new ConfigException(e.field().replaceFirst("^buttons", "buttons.pins") + ": " + e.reason());
        }
    }

    private static ButtonBinding binding(ConfigNode n, List<DisplayConfig.DeskSetup> desks) {
        n.allowOnly(Set.of("pin", "desk", "action"));
        int pin = n.child("pin").required().integer(0, 2, 27);
        String desk = n.child("desk").text();
        ButtonAction action;
        try {
            action = ButtonAction.parse("action", n.child("action").text());
        } catch (InvalidInputException e) {
            throw n.child("action").error(e.reason());
        }
        DisplayConfig.DeskSetup setup = desks.stream().filter(d -> d.desk().equals(desk)).findFirst()
                .orElseThrow(() -> n.child("desk").error("desk '" + desk + "' is not listed under desks"));
        if (setup.token() == null) {
            throw n.child("desk").error("desk '" + desk + "' has buttons, so desks[] needs its token");
        }
        return new ButtonBinding(pin, desk, action);
    }

    private static DisplayConfig.HardwareConfig hardware(ConfigNode n, ButtonMapping buttons,
            List<DisplayConfig.DeskSetup> desks) {
        boolean anyDisplay = desks.stream().anyMatch(d -> d.displayAddress() != null);
        if (!n.isPresent()) {
            return new DisplayConfig.HardwareConfig(HardwareMode.SIMULATED, buttons,
                    anyDisplay ? DisplayConfig.SIMULATED_BUS : null, true);
        }
        n.allowOnly(Set.of("mode", "sound", "displays"));
        HardwareMode mode;
        try {
            mode = HardwareMode.fromConfig(n.child("mode").textOr("simulated"));
        } catch (InvalidInputException e) {
            throw n.child("mode").error("must be 'real' or 'simulated'");
        }
        DisplayBusConfig displays = displays(n.child("displays"));
        if (displays == null && anyDisplay) {
            if (mode == HardwareMode.REAL) {
                throw n.child("displays").error("is required with mode real when desks have a displayAddress,"
                        + " e.g. {port: /dev/ttyUSB0, baud: 9600, protocol: ascii}");
            }
            displays = DisplayConfig.SIMULATED_BUS;
        }
        return new DisplayConfig.HardwareConfig(mode, buttons, displays, n.child("sound").bool(true));
    }

    private static DisplayBusConfig displays(ConfigNode n) {
        if (!n.isPresent()) {
            return null;
        }
        n.allowOnly(Set.of("port", "baud", "protocol", "replyTimeout"));
        DisplayBusConfig bus = DisplayBusConfig.forPort(n.child("port").text())
                .withBaudRate(n.child("baud").integer(DisplayBusConfig.DEFAULT_BAUD_RATE, 1200, 921_600))
                .withReplyTimeout(n.child("replyTimeout").duration(DisplayBusConfig.DEFAULT_REPLY_TIMEOUT,
                        Duration.ofMillis(10), Duration.ofSeconds(5)));
        return switch (n.child("protocol").textOr("ascii")) {
            case "ascii" -> bus.withProtocol(new AsciiFrameProtocol());
            case "modbus" -> bus.withProtocol(new ModbusRtuProtocol());
            default -> throw n.child("protocol").error("must be ascii or modbus");
        };
    }
}
