package dk.skranke.central.events;

import java.util.List;

/**
 * Where a subscriber's events go (an SSE connection in production). Neither write blocks: a sink
 * queues what its client has not read yet, and throws once the client is gone or too far behind.
 */
public interface EventSink {
    /** Writes the frames in order and flushes once. */
    void write(List<Frame> frames) throws Exception;

    /** Writes a comment line, to open the stream and keep idle connections alive. */
    void ping() throws Exception;

    /** True while bytes wait for the client to read them (it is slow, stalled, or just busy). */
    boolean behind();

    void close();
}
