package dk.skranke.kiosk.sync;

/**
 * The outcome of one replay round: entries accepted by central (new or repeat), entries it rejected (kept in
 * the journal), entries still pending, and whether central answered (also true when nothing was pending).
 */
public record ReplayResult(int sent, int rejected, int pending, boolean reachedCentral) {
}
