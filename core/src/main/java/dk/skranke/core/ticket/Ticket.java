package dk.skranke.core.ticket;

import dk.skranke.core.error.ConflictException;
import dk.skranke.core.i18n.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A queue ticket. Immutable: each transition returns the next version and is validated by
 * {@link TicketStatus}.
 *
 * @param queuedAt the ticket's place in time; a transferred ticket keeps its original one
 * @param dueAt when an appointment ticket is due (its booked start); null for walk-ins
 * @param publicToken unguessable token for the citizen's status page, shared along a transfer chain
 */
public record Ticket(
        String id,
        String number,
        String branch,
        String service,
        TicketKind kind,
        TicketStatus status,
        Language language,
        Instant issuedAt,
        Instant queuedAt,
        Instant dueAt,
        Instant calledAt,
        Instant startedAt,
        Instant finishedAt,
        String desk,
        int callCount,
        List<Outcome> outcomes,
        String appointmentId,
        String transferredFrom,
        String publicToken,
        boolean issuedOffline) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(publicToken, "publicToken");
        outcomes = List.copyOf(outcomes);
    }

    /** A new waiting ticket. */
    public static Ticket issue(TicketDraft draft) {
        return new Ticket(draft.id(), draft.number(), draft.branch(), draft.service(), draft.kind(),
                TicketStatus.WAITING, draft.language(), draft.issuedAt(), draft.issuedAt(), draft.dueAt(),
                null, null, null, null, 0, List.of(), draft.appointmentId(), null, draft.publicToken(),
                draft.issuedOffline());
    }

    public Ticket call(String deskId, Instant now) {
        if (status != TicketStatus.WAITING) {
            throw new ConflictException("invalid-transition", "only a waiting ticket can be called; this one is "
                    + status.wire(), Map.of("status", status.wire(), "requested", "called"));
        }
        return copy(TicketStatus.CALLED, now, startedAt, finishedAt, deskId, callCount + 1, outcomes);
    }

    public Ticket recall(Instant now) {
        if (status != TicketStatus.CALLED) {
            throw new ConflictException("invalid-transition", "only a called ticket can be recalled; this one is "
                    + status.wire(), Map.of("status", status.wire(), "requested", "called"));
        }
        return copy(TicketStatus.CALLED, now, startedAt, finishedAt, desk, callCount + 1, outcomes);
    }

    public Ticket start(Instant now) {
        status.requireCanBecome(TicketStatus.SERVING);
        return copy(TicketStatus.SERVING, calledAt, now, finishedAt, desk, callCount, outcomes);
    }

    public Ticket finish(Instant now, List<Outcome> tags) {
        status.requireCanBecome(TicketStatus.DONE);
        return copy(TicketStatus.DONE, calledAt, startedAt, now, desk, callCount, tags);
    }

    public Ticket noShow(Instant now) {
        status.requireCanBecome(TicketStatus.NO_SHOW);
        return copy(TicketStatus.NO_SHOW, calledAt, startedAt, now, desk, callCount, outcomes);
    }

    public Ticket cancel(Instant now) {
        status.requireCanBecome(TicketStatus.CANCELLED);
        return copy(TicketStatus.CANCELLED, calledAt, startedAt, now, desk, callCount, outcomes);
    }

    /**
     * Closes a ticket left open when its day ended (waiting, called or even being served): the
     * system's end-of-day sweep, not a staff action, so it bypasses the staff transitions.
     */
    public Ticket closeForDay(Instant now) {
        if (status.isFinal()) {
            throw status.refusal(TicketStatus.CANCELLED);
        }
        return copy(TicketStatus.CANCELLED, calledAt, startedAt, now, desk, callCount, outcomes);
    }

    /** Ends this ticket as transferred; see {@link #successorIn}. */
    public Ticket markTransferred(Instant now) {
        status.requireCanBecome(TicketStatus.TRANSFERRED);
        return copy(TicketStatus.TRANSFERRED, calledAt, startedAt, now, desk, callCount, outcomes);
    }

    /** The waiting ticket that continues this one in another service, keeping number, token and place in time. */
    public Ticket successorIn(String newId, String newService) {
        return new Ticket(newId, number, branch, newService, kind, TicketStatus.WAITING, language, issuedAt,
                queuedAt, dueAt, null, null, null, null, 0, List.of(), appointmentId, id, publicToken,
                issuedOffline);
    }

    private Ticket copy(TicketStatus next, Instant called, Instant started, Instant finished, String deskId,
            int calls, List<Outcome> tags) {
        return new Ticket(id, number, branch, service, kind, next, language, issuedAt, queuedAt, dueAt,
                called, started, finished, deskId, calls, tags, appointmentId, transferredFrom, publicToken,
                issuedOffline);
    }
}
