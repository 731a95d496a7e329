package dk.skranke.hardware.printer;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/** A transport to a printer that is always well: answers each DLE EOT n with "all well" and keeps what it got. */
final class InMemoryTransport implements PrinterTransport {
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final Deque<Integer> replies = new ArrayDeque<>();
    private boolean open;

    @Override
    public String endpoint() {
        return "memory";
    }

    @Override
    public boolean readsStatus() {
        return true;
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public synchronized void open() {
        open = true;
    }

    @Override
    public synchronized void write(byte[] bytes) {
        written.writeBytes(bytes);
        if (bytes.length == 3 && bytes[0] == 0x10 && bytes[1] == 0x04) {
            replies.add(0x12);
        }
    }

    @Override
    public synchronized void discardInput() {
        replies.clear();
    }

    @Override
    public synchronized int read(Duration timeout) {
        Integer reply = replies.poll();
        return reply == null ? -1 : reply;
    }

    @Override
    public synchronized void close() {
        open = false;
    }

    synchronized byte[] written() {
        return written.toByteArray();
    }
}
