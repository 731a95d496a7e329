package dk.skranke.kiosk.journal;

import java.time.Instant;

/** A JSON document last fetched from central (branch configuration, queue) and when. */
public record CachedJson(String json, Instant fetchedAt) {
}
