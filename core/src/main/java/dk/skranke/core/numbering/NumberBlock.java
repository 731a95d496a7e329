package dk.skranke.core.numbering;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A range of sequence numbers central has set aside for one device, for one service on one
 * day, so a kiosk that cannot reach central can still issue numbers nobody else will use.
 */
public record NumberBlock(String branch, String service, LocalDate day, String holder, long first, long last) {

    public NumberBlock {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(holder, "holder");
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("a block runs from first >= 1 to last >= first");
        }
    }

    public boolean contains(long sequence) {
        return sequence >= first && sequence <= last;
    }

    public long size() {
        return last - first + 1;
    }
}
