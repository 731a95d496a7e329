package dk.skranke.central.status;

import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.core.ticket.Ticket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a citizen's phone may see of a ticket, reached by its unguessable public token: number,
 * service, status, place in the queue and the desk to go to. No ids, no token, no personal data.
 */
public final class PublicStatus {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final BranchRegistry branches;

    public PublicStatus(BranchRegistry branches) {
        this.branches = branches;
    }

    /** The current ticket behind the token (the successor after a transfer); empty if none or malformed. */
    public Optional<Ticket> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return branches.byPublicToken(token);
    }

    /** The citizen's view of the ticket as it is now. */
    public Map<String, Object> view(Ticket ticket) {
        var engine = branches.branch(ticket.branch()).engine();
        return body(engine.branch(), engine.view(ticket.id()));
    }

    /** The citizen's view built from the ticket's API view. */
    public static Map<String, Object> body(Branch branch, TicketView view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", view.number());
        body.put("branch", view.branch());
        body.put("branchName", branch.name());
        body.put("service", view.service());
        // a service or desk removed from the configuration since keeps showing its id
        body.put("serviceName", branch.findService(view.service()).map(s -> s.name())
                .orElse(new LocalizedText(view.service(), view.service())));
        body.put("kind", view.kind());
        body.put("status", view.status());
        body.put("language", view.language());
        body.put("issuedAt", view.issuedAt());
        body.put("calledAt", view.calledAt());
        body.put("desk", view.desk());
        body.put("deskName", view.desk() == null ? null : branch.desks().stream()
                .filter(d -> d.id().equals(view.desk())).map(d -> d.name()).findFirst().orElse(view.desk()));
        body.put("waitingAhead", view.waitingAhead());
        body.put("estimatedWaitMinutes", view.estimatedWaitMinutes());
        return body;
    }

    BranchRegistry branches() {
        return branches;
    }
}
