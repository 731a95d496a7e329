package dk.skranke.hardware.display.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import jssc.SerialPort;
import jssc.SerialPortException;
import jssc.SerialPortTimeoutException;

/** One opened serial port in our words: send a request, collect reply bytes until done or timed out. */
public final class SerialLine implements AutoCloseable {
    private final SerialPort port;
    private final Path path;
    private final Path openedTarget;

    private SerialLine(SerialPort port, Path path, Path openedTarget) {
        this.port = port;
        this.path = path;
        this.openedTarget = openedTarget;
    }

    /** Opens {@code path} 8N1 at {@code baudRate}; fails with an IOException that says why. */
    public static SerialLine open(String path, int baudRate) throws IOException {
        Path p = Path.of(path);
        Path target = realTarget(p);
        if (target == null) {
            throw new IOException(path + " does not exist");
        }
        SerialPort port = new SerialPort(path);
        try {
            port.openPort();
            port.setParams(baudRate, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
        } catch (SerialPortException e) {
            closeQuietly(port);
            throw new IOException("cannot open " + path + ": " + e.getExceptionType(), e);
        }
        return new SerialLine(port, p, target);
    }

    /**
     * Whether the device behind the path is still the one we opened: a USB adapter that is unplugged,
     * or a pty pair that is re-created, leaves our file descriptor talking to nothing.
     */
    public boolean stillPresent() {
        return openedTarget.equals(realTarget(path));
    }

    /** Drops stale bytes (late replies), then writes the request. */
    public void send(byte[] request) throws IOException {
        try {
            int stale = port.getInputBufferBytesCount();
            if (stale > 0) {
                port.readBytes(stale);
            }
            if (!port.writeBytes(request)) {
                throw new IOException("write to " + path + " failed");
            }
        } catch (SerialPortException e) {
            throw new IOException("write to " + path + " failed: " + e.getExceptionType(), e);
        }
    }

    /**
     * Reads one byte at a time until {@code done} accepts what came or {@code timeoutMillis} passes;
     * returns what was received, possibly nothing.
     */
    public byte[] receive(Predicate<byte[]> done, long timeoutMillis) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return received.toByteArray();
            }
            try {
                received.write(port.readBytes(1, (int) left));
            } catch (SerialPortTimeoutException e) {
                return received.toByteArray();
            } catch (SerialPortException e) {
                throw new IOException("read from " + path + " failed: " + e.getExceptionType(), e);
            }
            if (done.test(received.toByteArray())) {
                return received.toByteArray();
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(port);
    }

    private static Path realTarget(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(SerialPort port) {
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException ignored) {
            // the port is gone already; nothing left to release
        }
    }
}
