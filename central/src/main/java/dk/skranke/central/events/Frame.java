package dk.skranke.central.events;

import dk.skranke.central.store.EventStore.StoredEvent;
import java.nio.charset.StandardCharsets;

/** One event encoded once as SSE bytes ({@code id:}, {@code event:}, {@code data:}), shared by every subscriber. */
public record Frame(long id, byte[] bytes) {

    public static Frame of(StoredEvent event) {
        // Event data is compact JSON (no line breaks), so it fits one data: line.
        String text = "id: " + event.id() + "\nevent: " + event.type() + "\ndata: " + event.data() + "\n\n";
        return new Frame(event.id(), text.getBytes(StandardCharsets.UTF_8));
    }
}
