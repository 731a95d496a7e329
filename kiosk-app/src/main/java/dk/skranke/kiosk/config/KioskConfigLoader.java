package dk.skranke.kiosk.config;

import dk.skranke.config.ConfigNode;
import dk.skranke.config.YamlFiles;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.PrinterConnection;
import dk.skranke.hardware.printer.PaperWidth;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/** Reads {@code kiosk.yaml} and validates it; every error names the key. {@code env:NAME} reads a secret from the environment. */
public final class KioskConfigLoader {
    private final Map<String, String> environment;

    public KioskConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public KioskConfig load(Path file) {
        return config(YamlFiles.read(file));
    }

    public KioskConfig parse(String yaml) {
        return config(YamlFiles.parse(yaml));
    }

    private KioskConfig config(ConfigNode root) {
        root.allowOnly(Set.of("central", "zone", "http", "data", "idleSeconds", "numberBlocks", "digitalChannels",
                "hardware"));
        KioskConfig.Central central = central(root.child("central"));
        ZoneId zone = root.child("zone").zone(KioskConfig.DANISH_ZONE);
        KioskConfig.Http http = http(root.child("http"));
        Path data = root.child("data").pathOr("/var/lib/skranke-kiosk");
        int idle = root.child("idleSeconds").integer(60, 5, 3600);
        KioskConfig.NumberBlocks blocks = numberBlocks(root.child("numberBlocks"));
        var channels = root.child("digitalChannels").listOrEmpty().stream().map(this::channel).toList();
        return new KioskConfig(central, zone, http, data, idle, blocks, channels, hardware(root.child("hardware")));
    }

    private KioskConfig.Central central(ConfigNode n) {
        n.allowOnly(Set.of("url", "token", "device", "branch", "timeout", "heartbeat", "refresh"));
        String url = n.child("url").httpUrl().replaceAll("/+$", "");
        String token = n.child("token").bearerToken(environment);
        String device = n.child("device").identifier();
        String branch = n.child("branch").identifier();
        Duration timeout = n.child("timeout").duration(Duration.ofMillis(1500), Duration.ofMillis(100),
                Duration.ofSeconds(30));
        Duration heartbeat = n.child("heartbeat").duration(Duration.ofSeconds(5), Duration.ofMillis(100),
                Duration.ofMinutes(5));
        Duration refresh = n.child("refresh").duration(Duration.ofSeconds(30), Duration.ofMillis(100),
                Duration.ofHours(1));
        return new KioskConfig.Central(url, token, device, branch, timeout, heartbeat, refresh);
    }

    private static KioskConfig.Http http(ConfigNode n) {
        if (!n.isPresent()) {
            return new KioskConfig.Http("127.0.0.1", 8090);
        }
        n.allowOnly(Set.of("host", "port"));
        return new KioskConfig.Http(n.child("host").textOr("127.0.0.1"), n.child("port").integer(8090, 0, 65535));
    }

    private static KioskConfig.NumberBlocks numberBlocks(ConfigNode n) {
        if (!n.isPresent()) {
            return new KioskConfig.NumberBlocks(50, 15);
        }
        n.allowOnly(Set.of("size", "refillBelow"));
        int size = n.child("size").integer(50, 1, 500);
        int refillBelow = n.child("refillBelow").integer(Math.min(15, size), 0, size);
        return new KioskConfig.NumberBlocks(size, refillBelow);
    }

    private KioskConfig.DigitalChannel channel(ConfigNode n) {
        n.allowOnly(Set.of("name", "url"));
        return new KioskConfig.DigitalChannel(n.child("name").localizedText(), n.child("url").httpUrl());
    }

    private static KioskConfig.HardwareConfig hardware(ConfigNode n) {
        if (!n.isPresent()) {
            return new KioskConfig.HardwareConfig(HardwareMode.SIMULATED, KioskConfig.SIMULATED_PRINTER,
                    PaperWidth.MM_80);
        }
        n.allowOnly(Set.of("mode", "printer", "paper"));
        HardwareMode mode;
        try {
            mode = HardwareMode.fromConfig(n.child("mode").textOr("simulated"));
        } catch (InvalidInputException e) {
            throw n.child("mode").error("must be 'real' or 'simulated'");
        }
        PrinterConnection printer = printer(n.child("printer"), mode);
        PaperWidth paper = switch (n.child("paper").textOr("80mm")) {
            case "80mm" -> PaperWidth.MM_80;
            case "58mm" -> PaperWidth.MM_58;
            default -> throw n.child("paper").error("must be 80mm or 58mm");
        };
        return new KioskConfig.HardwareConfig(mode, printer, paper);
    }

    private static PrinterConnection printer(ConfigNode n, HardwareMode mode) {
        if (!n.isPresent()) {
            if (mode == HardwareMode.REAL) {
                throw n.error("is required with mode real, e.g. {connection: serial, port: /dev/ttyUSB0, baud: 19200}");
            }
            return KioskConfig.SIMULATED_PRINTER;
        }
        n.allowOnly(Set.of("connection", "port", "baud", "host", "path"));
        String kind = n.child("connection").text();
        try {
            return switch (kind) {
                case "serial" -> new PrinterConnection(kind, n.child("port").text(),
                        n.child("baud").integer(19200, 1200, 921_600));
                case "tcp" -> new PrinterConnection(kind, n.child("host").text() + ":"
                        + n.child("port").integer(9100, 1, 65535), 19200);
                case "device" -> new PrinterConnection(kind, n.child("path").text(), 19200);
                default -> throw n.child("connection").error("must be serial, tcp or device (got '" + kind + "')");
            };
        } catch (InvalidInputException e) {
            throw n.error(e.getMessage());
        }
    }
}
