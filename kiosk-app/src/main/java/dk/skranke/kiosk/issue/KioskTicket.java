package dk.skranke.kiosk.issue;

/**
 * A ticket as the page gets it from {@code POST /api/tickets} and {@code POST /api/check-ins} (docs/kiosk.md);
 * serialised in this field order. {@code printed: false} makes the page show the fallback screen.
 */
public record KioskTicket(String number, String service, String kind, int waitingAhead, int estimatedWaitMinutes,
        String issuedAt, String appointmentStart, String statusUrl, boolean printed, String printer,
        boolean offline) {

    @Override
    public String toString() {
        // without statusUrl: its token is the key to the citizen's status page
        return "KioskTicket[number=" + number + ", service=" + service + ", kind=" + kind + ", printed=" + printed
                + ", offline=" + offline + "]";
    }
}
