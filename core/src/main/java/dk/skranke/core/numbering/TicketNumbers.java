package dk.skranke.core.numbering;

/** Formats ticket numbers: the service prefix and the day's sequence, at least three digits (P017). */
public final class TicketNumbers {
    private TicketNumbers() {
    }

    public static String format(String prefix, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        return prefix + (sequence < 1000 ? String.format("%03d", sequence) : Long.toString(sequence));
    }
}
