package dk.skranke.kiosk.journal;

import java.time.LocalDate;

/** A number block reserved for this kiosk: numbers {@code first..last} of one service on one day; {@code nextUnused} > last when used up. */
public record StoredBlock(String service, LocalDate day, long first, long last, long nextUnused) {

    public long remaining() {
        return Math.max(0, last - nextUnused + 1);
    }
}
