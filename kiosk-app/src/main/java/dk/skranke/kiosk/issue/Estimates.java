package dk.skranke.kiosk.issue;

/** Wait estimates while offline, from the last queue counts central gave. */
public final class Estimates {
    private Estimates() {
    }

    /**
     * Minutes for {@code ahead} people: central's last estimate scaled by how many are ahead now, or, if nobody
     * was waiting then, the service's default time shared by the desks serving it.
     */
    public static int minutes(int ahead, int cachedWaiting, int cachedEstimate, int defaultServiceMinutes,
            int desksServing) {
        if (ahead <= 0) {
            return 0;
        }
        if (cachedWaiting > 0) {
            return (int) Math.ceil((double) cachedEstimate * ahead / cachedWaiting);
        }
        return (int) Math.ceil((double) ahead * Math.max(0, defaultServiceMinutes) / Math.max(1, desksServing));
    }
}
