package dk.skranke.central.config;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.auth.Role;
import dk.skranke.central.auth.Tokens;
import dk.skranke.central.store.DatabaseUrl;
import dk.skranke.config.ConfigNode;
import dk.skranke.config.YamlFiles;
import dk.skranke.core.appointment.CheckInWindow;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.Service;
import dk.skranke.core.branch.ServiceOrder;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.core.queue.QueueRules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads and validates the central YAML configuration; every error names the offending key. */
public final class ConfigLoader {
    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public CentralConfig load(Path file) {
        return config(YamlFiles.read(file));
    }

    public CentralConfig parse(String yaml) {
        return config(YamlFiles.parse(yaml));
    }

    private CentralConfig config(ConfigNode root) {
        root.allowOnly(Set.of("publicBaseUrl", "retentionDays", "branches", "tokens", "users", "costs", "database"));
        String baseUrl = root.child("publicBaseUrl").textOr("http://localhost:8080").replaceAll("/+$", "");
        if (!baseUrl.matches("https?://[^\\s]+")) {
            throw root.child("publicBaseUrl").error("must be an http:// or https:// address");
        }
        int retention = root.child("retentionDays").integer(30, 1, 3650);
        List<Branch> branches = root.child("branches").list().stream().map(this::branch).toList();
        requireUnique(root.child("branches"), branches.stream().map(Branch::id).toList(), "branch id");
        List<ApiToken> tokens = root.child("tokens").list().stream().map(t -> token(t, branches)).toList();
        requireUnique(root.child("tokens"), tokens.stream().map(ApiToken::id).toList(), "token id");
        requireUnique(root.child("tokens"), tokens.stream().map(ApiToken::secretSha256).toList(), "token secret");
        return new CentralConfig(baseUrl, retention, branches, tokens,
                UsersConfig.parse(root.child("users"), branches), costs(root.child("costs")),
                database(root.child("database")));
    }

    /**
     * {@code database: {url: jdbc:postgresql://host/skranke, user: skranke, password: env:SKRANKE_DB_PASSWORD}};
     * without it central uses SQLite in its data directory. User and password may also be in the URL.
     */
    private DatabaseUrl database(ConfigNode n) {
        if (!n.isPresent()) {
            return null;
        }
        n.allowOnly(Set.of("url", "user", "password"));
        String url = n.child("url").text();
        try {
            return new DatabaseUrl(url, n.child("user").isPresent() ? n.child("user").text() : null,
                    n.child("password").isPresent() ? n.child("password").secret(environment) : null);
        } catch (IllegalArgumentException e) {
            throw n.child("url").error(e.getMessage().replaceFirst("^the database URL ", ""));
        }
    }

    /** Reads an opening-hours block shaped like a branch's {@code hours:} (for what-if proposals). */
    public static OpeningHours hours(JsonNode node, String path) {
        return HoursConfig.parse(new ConfigNode(node, path));
    }

    /** {@code costs: {personal: 100, phone: 50, digital: 5}} in kroner per contact; each may be left out. */
    private static ChannelCosts costs(ConfigNode n) {
        if (!n.isPresent()) {
            return ChannelCosts.DEFAULT;
        }
        n.allowOnly(Set.of("personal", "phone", "digital"));
        ChannelCosts d = ChannelCosts.DEFAULT;
        return new ChannelCosts(kroner(n.child("personal"), d.personal()), kroner(n.child("phone"), d.phone()),
                kroner(n.child("digital"), d.digital()));
    }

    private static java.math.BigDecimal kroner(ConfigNode n, java.math.BigDecimal fallback) {
        double value = n.decimal(fallback.doubleValue());
        if (!(value >= 0 && value <= 1_000_000)) {
            throw n.error("must be an amount in kroner from 0 to 1000000");
        }
        return java.math.BigDecimal.valueOf(value);
    }

    private Branch branch(ConfigNode n) {
        n.allowOnly(Set.of("id", "name", "hours", "queue", "checkIn", "services", "desks"));
        List<Service> services = n.child("services").list().stream().map(this::service).toList();
        List<Desk> desks = n.child("desks").list().stream().map(this::desk).toList();
        ConfigNode queue = n.child("queue");
        if (queue.isPresent()) {
            queue.allowOnly(Set.of("minCallsBeforeNoShow", "recallDelay", "appointmentLead"));
        }
        QueueRules rules = queue.build(q -> new QueueRules(
                q.isPresent() ? q.child("minCallsBeforeNoShow").integer(2, 1, 10) : 2,
                q.isPresent() ? q.child("recallDelay").duration(Duration.ofSeconds(30)) : Duration.ofSeconds(30),
                q.isPresent() ? q.child("appointmentLead").duration(Duration.ofMinutes(5)) : Duration.ofMinutes(5)));
        ConfigNode checkIn = n.child("checkIn");
        CheckInWindow window = checkIn.isPresent() ? checkInWindow(checkIn) : CheckInWindow.DEFAULT;
        return n.build(b -> new Branch(b.child("id").text(), b.child("name").text(), services, desks,
                HoursConfig.parse(b.child("hours")), rules, window));
    }

    private static CheckInWindow checkInWindow(ConfigNode n) {
        n.allowOnly(Set.of("early", "late"));
        return n.build(c -> new CheckInWindow(c.child("early").duration(Duration.ofMinutes(30)),
                c.child("late").duration(Duration.ofMinutes(10))));
    }

    private Service service(ConfigNode n) {
        n.allowOnly(Set.of("id", "prefix", "name", "category", "selfServiceUrl", "nudge", "defaultServiceTime",
                "weight"));
        LocalizedText name = n.child("name").required().localizedText();
        LocalizedText category = n.child("category").isPresent() ? n.child("category").localizedText() : null;
        LocalizedText nudge = n.child("nudge").isPresent() ? n.child("nudge").localizedText() : null;
        return n.build(s -> new Service(s.child("id").text(), name, s.child("prefix").text(),
                s.child("selfServiceUrl").textOr(null), nudge,
                s.child("defaultServiceTime").duration(Duration.ofMinutes(10)), s.child("weight").decimal(1.0),
                category));
    }

    private Desk desk(ConfigNode n) {
        n.allowOnly(Set.of("id", "name", "services", "order"));
        String order = n.child("order").textOr("list").toUpperCase(Locale.ROOT).replace('-', '_');
        ServiceOrder serviceOrder;
        try {
            serviceOrder = ServiceOrder.valueOf(order);
        } catch (IllegalArgumentException e) {
            throw n.child("order").error("must be 'list' or 'waiting-time'");
        }
        String id = n.child("id").text();
        return n.build(d -> new Desk(id, d.child("name").textOr("Skranke " + id), d.child("services").texts(),
                serviceOrder));
    }

    private ApiToken token(ConfigNode n, List<Branch> branches) {
        n.allowOnly(Set.of("id", "role", "branches", "desk", "secret", "secretSha256"));
        String id = n.child("id").text();
        Role role = Role.fromWire(n.child("role").text()).orElseThrow(() -> n.child("role").error(
                "must be one of kiosk, display, desk, staff, admin, integration"));
        Set<String> scope = n.child("branches").isPresent() ? new HashSet<>(n.child("branches").texts()) : Set.of();
        Set<String> known = new HashSet<>(branches.stream().map(Branch::id).toList());
        for (String branch : scope) {
            if (!known.contains(branch)) {
                throw n.child("branches").error("unknown branch '" + branch + "'");
            }
        }
        if (scope.isEmpty() && role != Role.ADMIN && role != Role.INTEGRATION) {
            throw n.child("branches").error("is required for role " + role.wire()
                    + " (only admin and integration tokens may cover every branch)");
        }
        String desk = n.child("desk").textOr(null);
        if (desk != null && role != Role.DESK) {
            throw n.child("desk").error("only desk tokens are bound to a desk");
        }
        return new ApiToken(id, role, scope, desk, secretHash(n));
    }

    private String secretHash(ConfigNode n) {
        if (n.has("secretSha256")) {
            String hash = n.child("secretSha256").text().toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw n.child("secretSha256").error("must be 64 hex digits");
            }
            return hash;
        }
        String secret = n.child("secret").secret(environment);
        if (secret.length() < 12) {
            throw n.child("secret").error("must be at least 12 characters");
        }
        return Tokens.sha256(secret);
    }

    private static void requireUnique(ConfigNode n, List<String> values, String what) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw n.error("duplicate " + what + " '" + (what.contains("secret") ? "…" : value) + "'");
            }
        }
    }
}
