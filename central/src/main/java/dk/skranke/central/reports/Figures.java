package dk.skranke.central.reports;

/**
 * The report's figures for one slice of the period (the whole period, a day/week/month, a service, a
 * desk or an hour of the day), named by {@code key}. Definitions in docs/reports.md. A figure that does
 * not apply to the slice (nudges and bookings per desk, longest queue per desk and hour) is null, as is
 * a share or rate whose denominator is 0.
 */
public record Figures(
        String key,
        long tickets,
        long walkIns,
        long appointments,
        Double walkInShare,
        Double appointmentShare,
        Long appointmentsBooked,
        Long appointmentsMissed,
        long called,
        long served,
        long noShows,
        Double noShowRate,
        long transfers,
        long cancelled,
        TimeSummary waitTime,
        TimeSummary serviceTime,
        Integer longestQueue,
        Long nudgesShown,
        Long deflections,
        Double deflectionRate,
        long couldHaveBeenDigital,
        Double couldHaveBeenDigitalShare,
        long helpedToSelfService,
        Double helpedToSelfServiceShare) {
}
