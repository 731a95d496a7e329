package dk.skranke.central.events;

import dk.skranke.central.store.EventStore.StoredEvent;

/** Where a subscriber's events go (an SSE connection in production, a list in tests). */
public interface EventSink {
    void send(StoredEvent event) throws Exception;

    void ping() throws Exception;

    void close();
}
