package dk.skranke.core.hours;

/** Why a walk-in ticket cannot be issued right now. */
public enum WalkInRefusal {
    /** Outside every opening interval of the day. */
    CLOSED,
    /** Open, but only for booked appointments today. */
    APPOINTMENT_ONLY,
    /** Open, but the estimated wait would run past the last walk-in time of the interval. */
    LAST_TICKET_PASSED
}
