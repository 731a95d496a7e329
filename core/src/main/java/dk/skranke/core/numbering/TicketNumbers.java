package dk.skranke.core.numbering;

import java.util.OptionalLong;

/** Formats ticket numbers: the service prefix and the day's sequence, at least three digits (P017). */
public final class TicketNumbers {
    /** Sequences longer than this are no numbers central could ever have issued (and would overflow). */
    private static final int MAX_DIGITS = 9;

    private TicketNumbers() {
    }

    public static String format(String prefix, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        return prefix + (sequence < 1000 ? String.format("%03d", sequence) : Long.toString(sequence));
    }

    /**
     * The sequence of a number written exactly as {@link #format} writes it for this prefix
     * ({@code P054} is 54); empty for another prefix, a different spelling ({@code P54},
     * {@code P0054}, {@code p054}) or anything else.
     */
    public static OptionalLong parse(String prefix, String number) {
        if (number == null || prefix == null || !number.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        String digits = number.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long sequence = Long.parseLong(digits);
        return sequence >= 1 && format(prefix, sequence).equals(number) ? OptionalLong.of(sequence)
                : OptionalLong.empty();
    }
}
