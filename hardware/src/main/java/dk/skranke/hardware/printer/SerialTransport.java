package dk.skranke.hardware.printer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import jssc.SerialPort;
import jssc.SerialPortException;
import jssc.SerialPortTimeoutException;

/** A printer on a serial port (jssc), 8N1; opens any path, including pty links that SerialPortList does not list. */
public final class SerialTransport implements PrinterTransport {
    private final String path;
    private final int baudRate;
    private SerialPort port;
    private Path openedTarget;

    public SerialTransport(String path, int baudRate) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("serial port path must not be blank");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baudRate must be positive, was " + baudRate);
        }
        this.path = path;
        this.baudRate = baudRate;
    }

    @Override
    public String endpoint() {
        return path;
    }

    @Override
    public boolean readsStatus() {
        return true;
    }

    // An unplugged adapter or a re-created pty leaves our descriptor talking to nothing: compare targets.
    @Override
    public boolean isOpen() {
        return port != null && port.isOpened() && openedTarget.equals(realTarget(Path.of(path)));
    }

    @Override
    public void open() throws IOException {
        close();
        Path target = realTarget(Path.of(path));
        if (target == null) {
            throw new IOException(path + " does not exist");
        }
        SerialPort p = new SerialPort(path);
        try {
            p.openPort();
            p.setParams(baudRate, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
        } catch (SerialPortException e) {
            closeQuietly(p);
            throw new IOException("cannot open " + path + ": " + e.getExceptionType(), e);
        }
        port = p;
        openedTarget = target;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        try {
            if (!requirePort().writeBytes(bytes)) {
                throw new IOException("write to " + path + " failed");
            }
        } catch (SerialPortException e) {
            throw new IOException("write to " + path + " failed: " + e.getExceptionType(), e);
        }
    }

    @Override
    public void discardInput() throws IOException {
        try {
            int stale = requirePort().getInputBufferBytesCount();
            if (stale > 0) {
                port.readBytes(stale);
            }
        } catch (SerialPortException e) {
            throw new IOException("read from " + path + " failed: " + e.getExceptionType(), e);
        }
    }

    @Override
    public int read(Duration timeout) throws IOException {
        try {
            return requirePort().readBytes(1, (int) Math.max(1, timeout.toMillis()))[0] & 0xFF;
        } catch (SerialPortTimeoutException e) {
            return -1;
        } catch (SerialPortException e) {
            throw new IOException("read from " + path + " failed: " + e.getExceptionType(), e);
        }
    }

    @Override
    public void close() {
        if (port != null) {
            closeQuietly(port);
            port = null;
        }
    }

    private SerialPort requirePort() throws IOException {
        if (port == null) {
            throw new IOException(path + " is not open");
        }
        return port;
    }

    private static Path realTarget(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(SerialPort p) {
        try {
            if (p.isOpened()) {
                p.closePort();
            }
        } catch (SerialPortException ignored) {
            // the port is gone already; nothing left to release
        }
    }
}
