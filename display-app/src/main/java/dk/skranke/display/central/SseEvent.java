package dk.skranke.display.central;

import java.util.Objects;

/**
 * One dispatched Server-Sent Event: the last event id seen on the stream (null if none yet), the event
 * name ({@code message} when the frame named none) and the data lines joined with newlines.
 */
public record SseEvent(String id, String event, String data) {
    public SseEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(data, "data");
    }
}
