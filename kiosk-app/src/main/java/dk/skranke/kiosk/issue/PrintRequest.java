package dk.skranke.kiosk.issue;

import dk.skranke.core.i18n.Language;
import java.time.OffsetDateTime;

/** What goes on one printed ticket, in the ticket's language; selfServiceUrl and nudge may be null. */
public record PrintRequest(Language language, String branchName, String serviceName, String number,
        OffsetDateTime issuedAt, int peopleAhead, int estimatedWaitMinutes, String statusUrl,
        String selfServiceUrl, String nudge) {
}
