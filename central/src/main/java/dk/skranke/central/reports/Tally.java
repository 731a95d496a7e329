package dk.skranke.central.reports;

import dk.skranke.central.store.TicketRow;

/** Counts one slice of the report while the rows stream past; {@link #figures} assembles the result. */
final class Tally {
    static final String DONE = "done";

    private final String key;
    private final boolean countsNudgesAndBookings;
    private final boolean tracksQueue;
    private long tickets;
    private long walkIns;
    private long booked;
    private long missed;
    private long called;
    private long served;
    private long noShows;
    private long transfers;
    private long cancelled;
    private long nudges;
    private long deflections;
    private long couldHaveBeenDigital;
    private long helpedToSelfService;
    private int longestQueue;
    private int waitingNow;
    private final Samples waits = new Samples();
    private final Samples serviceTimes = new Samples();

    Tally(String key, boolean countsNudgesAndBookings, boolean tracksQueue) {
        this.key = key;
        this.countsNudgesAndBookings = countsNudgesAndBookings;
        this.tracksQueue = tracksQueue;
    }

    void add(TicketRow row) {
        if (row.head()) {
            tickets++;
            walkIns += row.walkIn() ? 1 : 0;
            if (row.wasCalled()) {
                waits.add(row.waitMillis());
            }
        }
        called += row.wasCalled() ? 1 : 0;
        switch (row.status()) {
            case DONE -> served(row);
            case "no-show" -> noShows++;
            case "transferred" -> transfers++;
            case "cancelled" -> cancelled++;
            default -> { }
        }
    }

    private void served(TicketRow row) {
        served++;
        long millis = row.serviceMillis();
        if (millis != TicketRow.NONE) {
            serviceTimes.add(millis);
        }
        couldHaveBeenDigital += row.tagged(TicketRow.COULD_HAVE_BEEN_DIGITAL) ? 1 : 0;
        helpedToSelfService += row.tagged(TicketRow.HELPED_TO_SELF_SERVICE) ? 1 : 0;
    }

    void nudge(boolean deflected) {
        nudges++;
        deflections += deflected ? 1 : 0;
    }

    void booking(boolean checkedIn) {
        booked++;
        missed += checkedIn ? 0 : 1;
    }

    /** One more citizen waiting in this slice; returns how many wait now. */
    int joinQueue() {
        waitingNow++;
        queueLength(waitingNow);
        return waitingNow;
    }

    void leaveQueue() {
        waitingNow--;
    }

    void queueLength(int waiting) {
        longestQueue = Math.max(longestQueue, waiting);
    }

    long served() {
        return served;
    }

    long couldHaveBeenDigital() {
        return couldHaveBeenDigital;
    }

    long deflections() {
        return deflections;
    }

    Figures figures() {
        long appointments = tickets - walkIns;
        return new Figures(key, tickets, walkIns, appointments, Round.share(walkIns, tickets),
                Round.share(appointments, tickets), countsNudgesAndBookings ? booked : null,
                countsNudgesAndBookings ? missed : null, called, served, noShows, Round.share(noShows, called),
                transfers, cancelled, waits.summary(), serviceTimes.summary(), tracksQueue ? longestQueue : null,
                countsNudgesAndBookings ? nudges : null, countsNudgesAndBookings ? deflections : null,
                countsNudgesAndBookings ? Round.share(deflections, nudges) : null, couldHaveBeenDigital,
                Round.share(couldHaveBeenDigital, served), helpedToSelfService,
                Round.share(helpedToSelfService, served));
    }
}
