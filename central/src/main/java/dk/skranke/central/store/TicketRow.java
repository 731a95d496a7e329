package dk.skranke.central.store;

/**
 * One stored ticket as the reports read it. Times are epoch milliseconds, {@link #NONE} when the
 * ticket never got there.
 *
 * @param head true for a ticket that starts a visit (not the successor of a transfer)
 * @param firstCalledAt the first call (a recall moves the ticket's {@code called_at}, not this)
 * @param calledAt the latest call, where service time starts when the ticket was never started
 * @param waitingFrom when it joined the queue: its place in time, or for a transfer successor the transfer
 * @param tags the outcome tags as bits ({@link #COULD_HAVE_BEEN_DIGITAL}, {@link #HELPED_TO_SELF_SERVICE})
 * @param estimatedWaitMinutes the estimate printed on the ticket, or -1 when none was given
 */
public record TicketRow(String service, boolean walkIn, String status, String day, long issuedAt, long queuedAt,
        long firstCalledAt, long calledAt, long startedAt, long finishedAt, String desk, int tags,
        boolean head, int estimatedWaitMinutes, long waitingFrom) {

    public static final long NONE = -1;
    public static final int COULD_HAVE_BEEN_DIGITAL = 1;
    public static final int HELPED_TO_SELF_SERVICE = 2;

    /** The tag bits of the outcomes column as stored ({@code could-have-been-digital,needs-follow-up}). */
    public static int tagsOf(String outcomes) {
        // no tag's name is part of another's, so contains() is exact
        return (outcomes.contains("could-have-been-digital") ? COULD_HAVE_BEEN_DIGITAL : 0)
                | (outcomes.contains("helped-to-self-service") ? HELPED_TO_SELF_SERVICE : 0);
    }

    public boolean wasCalled() {
        return firstCalledAt != NONE;
    }

    public boolean is(String wireStatus) {
        return status.equals(wireStatus);
    }

    public boolean tagged(int tag) {
        return (tags & tag) != 0;
    }

    /** From joining the queue to the first call; NONE if never called. */
    public long waitMillis() {
        return wasCalled() ? firstCalledAt - queuedAt : NONE;
    }

    /** From start (or the latest call, if never started) to finish, for a ticket that was done. */
    public long serviceMillis() {
        long begin = startedAt != NONE ? startedAt : calledAt;
        return begin == NONE || finishedAt == NONE ? NONE : finishedAt - begin;
    }

    /** When it stopped waiting: its first call, or its end if it ended while waiting; Long.MAX_VALUE if still waiting. */
    public long waitingUntil() {
        if (firstCalledAt != NONE) {
            return firstCalledAt;
        }
        return finishedAt != NONE ? finishedAt : Long.MAX_VALUE;
    }
}
