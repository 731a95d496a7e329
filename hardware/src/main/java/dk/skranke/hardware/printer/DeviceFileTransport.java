package dk.skranke.hardware.printer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/** A write-only printer device file such as {@code /dev/usb/lp0} (USB printer class): no status can be read. */
public final class DeviceFileTransport implements PrinterTransport {
    private final Path path;
    private OutputStream out;

    public DeviceFileTransport(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("printer device path must not be null");
        }
        this.path = path;
    }

    @Override
    public String endpoint() {
        return path.toString();
    }

    @Override
    public boolean readsStatus() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return out != null && Files.exists(path);
    }

    @Override
    public void open() throws IOException {
        close();
        out = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (out == null) {
            throw new IOException(path + " is not open");
        }
        out.write(bytes);
        out.flush();
    }

    @Override
    public void discardInput() {
        // nothing ever comes back from a write-only device
    }

    @Override
    public int read(Duration timeout) throws IOException {
        throw new IOException(path + " is write-only");
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the device is gone already; nothing left to release
            }
            out = null;
        }
    }
}
