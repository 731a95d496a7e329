package dk.skranke.hardware.printer;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Sample tickets for tests. */
final class Tickets {
    static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 11, 23, 9, 5, 0, 0, ZoneId.of("Europe/Copenhagen"));
    static final String STATUS_URL = "https://skranke.dk/t/AB12";

    private Tickets() {
    }

    static TicketLayout ticket(PaperWidth paper, String number) {
        return new TicketLayout(paper, "Borgerservice Århus", "Pas og kørekort", number, ISSUED, 4, 12,
                STATUS_URL, "https://borger.dk/pas", "Spar turen næste gang", null, TicketTexts.danish());
    }

    static TicketLayout ticket(String number) {
        return ticket(PaperWidth.MM_80, number);
    }
}
