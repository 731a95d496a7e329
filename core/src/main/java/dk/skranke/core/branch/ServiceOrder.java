package dk.skranke.core.branch;

/** How a desk chooses between the services it serves; see docs/queue-rules.md. */
public enum ServiceOrder {
    /** The first service in the desk's list that has someone waiting goes first. */
    LIST,
    /** Across all the desk's services, the longest weighted wait goes first; the list breaks ties. */
    WAITING_TIME
}
