package dk.skranke.hardware.printer;

import java.time.ZonedDateTime;
import java.util.Objects;

/** Everything printed on one queue ticket; self-service URL, nudge and logo are optional (null). */
public record TicketLayout(PaperWidth paper, String branchName, String serviceName, String ticketNumber,
        ZonedDateTime issuedAt, int peopleAhead, int estimatedWaitMinutes, String statusUrl,
        String selfServiceUrl, String selfServiceNudge, TicketLogo logo, TicketTexts texts) {

    /** The big number is printed 4x wide: 80 mm paper fits 12 characters, 58 mm fits 8. */
    public static final int MAX_NUMBER_LENGTH = 8;

    public TicketLayout {
        Objects.requireNonNull(paper, "paper must not be null");
        Objects.requireNonNull(issuedAt, "issuedAt must not be null");
        Objects.requireNonNull(texts, "texts must not be null");
        requireText(branchName, "branchName");
        requireText(serviceName, "serviceName");
        requireText(ticketNumber, "ticketNumber");
        if (ticketNumber.length() > MAX_NUMBER_LENGTH || !ticketNumber.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("ticketNumber must be 1.." + MAX_NUMBER_LENGTH
                    + " letters, digits or '-', was '" + ticketNumber + "'");
        }
        if (peopleAhead < 0) {
            throw new IllegalArgumentException("peopleAhead must be >= 0, was " + peopleAhead);
        }
        if (estimatedWaitMinutes < 0) {
            throw new IllegalArgumentException("estimatedWaitMinutes must be >= 0, was " + estimatedWaitMinutes);
        }
        requireAsciiUrl(statusUrl, "statusUrl");
        if (selfServiceUrl != null) {
            requireAsciiUrl(selfServiceUrl, "selfServiceUrl");
        }
        if (selfServiceNudge != null && selfServiceUrl == null) {
            throw new IllegalArgumentException("selfServiceNudge needs a selfServiceUrl");
        }
        if (selfServiceNudge != null && (selfServiceNudge.isBlank() || selfServiceNudge.contains("\n"))) {
            throw new IllegalArgumentException("selfServiceNudge must be one non-blank line");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    // QR data stays ASCII so its length in characters equals its length in bytes.
    private static void requireAsciiUrl(String value, String name) {
        requireText(value, name);
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException(name + " must be printable ASCII without spaces: " + value);
        }
        if (value.length() > 700) {
            throw new IllegalArgumentException(name + " must be at most 700 characters");
        }
    }
}
