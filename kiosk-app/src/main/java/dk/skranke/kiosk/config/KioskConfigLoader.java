package dk.skranke.kiosk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.PrinterConnection;
import dk.skranke.hardware.printer.PaperWidth;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Reads {@code kiosk.yaml} and validates it; every error names the key. {@code env:NAME} reads a secret from the environment. */
public final class KioskConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    private final Map<String, String> environment;

    public KioskConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public KioskConfig load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
    }

    public KioskConfig parse(String yaml) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ConfigException("the configuration is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        ConfigNode root = new ConfigNode(tree, "").allowOnly(Set.of("central", "http", "data", "idleSeconds",
                "numberBlocks", "digitalChannels", "hardware"));
        KioskConfig.Central central = central(root.child("central"));
        KioskConfig.Http http = http(root.child("http"));
        Path data = path(root.child("data"), "/var/lib/skranke-kiosk");
        int idle = root.child("idleSeconds").integer(60, 5, 3600);
        KioskConfig.NumberBlocks blocks = numberBlocks(root.child("numberBlocks"));
        var channels = root.child("digitalChannels").listOrEmpty().stream().map(this::channel).toList();
        return new KioskConfig(central, http, data, idle, blocks, channels, hardware(root.child("hardware")));
    }

    private KioskConfig.Central central(ConfigNode n) {
        n.allowOnly(Set.of("url", "token", "device", "branch", "timeout", "heartbeat", "refresh"));
        String url = httpUrl(n.child("url")).replaceAll("/+$", "");
        String token = secret(n.child("token"));
        String device = id(n.child("device"));
        String branch = id(n.child("branch"));
        Duration timeout = n.child("timeout").duration(Duration.ofMillis(1500), Duration.ofMillis(100),
                Duration.ofSeconds(30));
        Duration heartbeat = n.child("heartbeat").duration(Duration.ofSeconds(5), Duration.ofMillis(100),
                Duration.ofMinutes(5));
        Duration refresh = n.child("refresh").duration(Duration.ofSeconds(30), Duration.ofMillis(100),
                Duration.ofHours(1));
        return new KioskConfig.Central(url, token, device, branch, timeout, heartbeat, refresh);
    }

    private static String httpUrl(ConfigNode n) {
        String url = n.text();
        try {
            URI uri = URI.create(url);
            if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw n.error("must be an http:// or https:// address (got '" + url + "')");
            }
        } catch (IllegalArgumentException e) {
            throw n.error("must be an http:// or https:// address (got '" + url + "')");
        }
        return url;
    }

    private String secret(ConfigNode n) {
        String value = n.text();
        if (value.startsWith("env:")) {
            String variable = value.substring(4);
            value = environment.get(variable);
            if (value == null || value.isBlank()) {
                throw n.error("environment variable " + variable + " is not set");
            }
            value = value.trim();
        }
        if (value.length() > 512 || !value.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw n.error("must be at most 512 printable ASCII characters without spaces");
        }
        return value;
    }

    private static String id(ConfigNode n) {
        String value = n.text();
        if (!value.matches(ID)) {
            throw n.error("must be 1-64 letters, digits, '_' or '-' (got '" + value + "')");
        }
        return value;
    }

    private static KioskConfig.Http http(ConfigNode n) {
        if (!n.isPresent()) {
            return new KioskConfig.Http("127.0.0.1", 8090);
        }
        n.allowOnly(Set.of("host", "port"));
        return new KioskConfig.Http(n.child("host").textOr("127.0.0.1"), n.child("port").integer(8090, 0, 65535));
    }

    private static Path path(ConfigNode n, String fallback) {
        String value = n.textOr(fallback);
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw n.error("is not a valid path: " + e.getMessage());
        }
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
        ConfigNode name = n.child("name").allowOnly(Set.of("da", "en"));
        return new KioskConfig.DigitalChannel(new LocalizedText(name.child("da").text(), name.child("en").text()),
                httpUrl(n.child("url")));
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
