package dk.skranke.central.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.config.ConfigException;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.whatif.ArrivalProfile;
import dk.skranke.core.whatif.ClosedArrivalPolicy;
import dk.skranke.core.whatif.DeskPlan;
import dk.skranke.core.whatif.Proposal;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what-if requests and proposals from JSON or YAML. A proposal is
 * {@code {name, hours: <as a branch's hours: in central's configuration>, desks: 3 | {default, hours: [...]},
 * appointmentShare}}.
 */
public final class ProposalReader {
    /** A year and a bit: the longest period a what-if replays. */
    public static final int MAX_DAYS = 400;

    private final Branch branch;

    public ProposalReader(Branch branch) {
        this.branch = branch;
    }

    /** The body of {@code POST /branches/{b}/what-if}. */
    public WhatIfRequest request(JsonNode body) {
        JsonFields f = new JsonFields(body, "").allowOnly(Set.of("from", "to", "proposalA", "proposalB", "demand",
                "seed", "closedPolicy"));
        var from = f.date("from");
        var to = f.date("to");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "must be from " + from + " to at most " + MAX_DAYS
                    + " days later");
        }
        Proposal a = proposal(f.raw("proposalA"), "proposalA");
        Proposal b = proposal(f.raw("proposalB"), "proposalB");
        ArrivalProfile profile = f.has("demand") ? demand(f.object("demand")) : null;
        return new WhatIfRequest(from, to, a, b, profile, f.integer("seed", 1, 0, Long.MAX_VALUE),
                policy(f.text("closedPolicy", "shift", 10), f.field("closedPolicy")));
    }

    /** One proposal; {@code path} names it in errors. */
    public Proposal proposal(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw new InvalidInputException(path, "is required");
        }
        JsonFields f = new JsonFields(node, path).allowOnly(Set.of("name", "hours", "desks", "appointmentShare"));
        String name = f.text("name", null, 80);
        OpeningHours hours = hours(f);
        DeskPlan desks = desks(f);
        double share = f.decimal("appointmentShare", 0, 0, 1);
        try {
            return new Proposal(name, hours, desks, share);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + "." + e.field(), e.reason());
        }
    }

    private static OpeningHours hours(JsonFields f) {
        if (!f.has("hours")) {
            throw new InvalidInputException(f.field("hours"), "is required");
        }
        try {
            return ConfigLoader.hours(f.raw("hours"), f.field("hours"));
        } catch (ConfigException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw colon < 0 ? new InvalidInputException(f.field("hours"), message)
                    : new InvalidInputException(message.substring(0, colon), message.substring(colon + 2));
        }
    }

    private static DeskPlan desks(JsonFields f) {
        JsonNode desks = f.raw("desks");
        if (desks != null && desks.isIntegralNumber()) {
            return DeskPlan.constant((int) f.integer("desks", 0, 0, DeskPlan.MAX_DESKS));
        }
        JsonFields plan = f.object("desks").allowOnly(Set.of("default", "hours"));
        DeskPlan result = DeskPlan.constant((int) plan.integer("default", 0, 0, DeskPlan.MAX_DESKS));
        for (JsonFields span : plan.objects("hours", 500)) {
            span.allowOnly(Set.of("days", "from", "to", "desks"));
            int fromHour = (int) span.integer("from", 0, 0, 23);
            int toHour = (int) span.integer("to", 24, 1, 24);
            int count = (int) span.integer("desks", -1, 0, DeskPlan.MAX_DESKS);
            if (count < 0 || toHour <= fromHour) {
                throw new InvalidInputException(span.field(count < 0 ? "desks" : "to"), count < 0 ? "is required"
                        : "must be after from (" + fromHour + ")");
            }
            for (DayOfWeek day : span.days("days")) {
                result = result.with(day, fromHour, toHour, count);
            }
        }
        return result;
    }

    /** {@code {"rates": [{service, days, from, to, perHour}]}}: citizens per hour in each local hour of the week. */
    private ArrivalProfile demand(JsonFields f) {
        f.allowOnly(Set.of("rates"));
        ArrivalProfile profile = ArrivalProfile.none();
        for (JsonFields rate : f.objects("rates", 2000)) {
            rate.allowOnly(Set.of("service", "days", "from", "to", "perHour"));
            String service = rate.text("service", null, 40);
            if (branch.findService(service).isEmpty()) {
                throw new InvalidInputException(rate.field("service"), "unknown service '" + service + "'");
            }
            int fromHour = (int) rate.integer("from", 0, 0, 23);
            int toHour = (int) rate.integer("to", 24, 1, 24);
            double perHour = rate.decimal("perHour", -1, 0, ArrivalProfile.MAX_RATE_PER_HOUR);
            if (perHour < 0 || toHour <= fromHour) {
                throw new InvalidInputException(rate.field(perHour < 0 ? "perHour" : "to"), perHour < 0
                        ? "is required" : "must be after from (" + fromHour + ")");
            }
            for (DayOfWeek day : rate.days("days")) {
                profile = profile.with(service, day, fromHour, toHour, perHour);
            }
        }
        return profile;
    }

    private static ClosedArrivalPolicy policy(String value, String field) {
        try {
            return ClosedArrivalPolicy.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be 'shift' or 'lose'");
        }
    }
}
