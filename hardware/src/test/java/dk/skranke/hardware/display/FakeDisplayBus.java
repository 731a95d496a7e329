package dk.skranke.hardware.display;

import dk.skranke.hardware.display.internal.Crc16Modbus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jssc.SerialPort;
import jssc.SerialPortException;
import jssc.SerialPortTimeoutException;

/**
 * A scripted display bus on the device end of a socat pair: decodes each frame on its own (not with the
 * production decoder), records what every answering address shows and acknowledges; other addresses stay silent.
 */
final class FakeDisplayBus implements AutoCloseable {
    /** Which wire protocol the fake devices speak. */
    enum Wire { ASCII, MODBUS }

    private final SerialPort port;
    private final Wire wire;
    private final Set<Integer> answering;
    private final Map<Integer, String> shown = new ConcurrentHashMap<>();
    private final List<Integer> heard = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile boolean running = true;

    private FakeDisplayBus(Path deviceEnd, Wire wire, Set<Integer> answering) throws SerialPortException {
        this.port = new SerialPort(deviceEnd.toString());
        this.wire = wire;
        this.answering = Set.copyOf(answering);
        port.openPort();
        port.setParams(9600, 8, 1, 0);
        this.reader = new Thread(this::readLoop, "fake-display-bus");
        reader.setDaemon(true);
        reader.start();
    }

    static FakeDisplayBus start(Path deviceEnd, Wire wire, Integer... answering) {
        try {
            return new FakeDisplayBus(deviceEnd, wire, Set.of(answering));
        } catch (SerialPortException e) {
            throw new IllegalStateException("cannot open fake display bus on " + deviceEnd, e);
        }
    }

    /** What the display at {@code address} shows; empty when blank; null when never written. */
    String shown(int address) {
        return shown.get(address);
    }

    /** Addresses of every well-formed frame seen, in order, answered or not. */
    List<Integer> heard() {
        return List.copyOf(heard);
    }

    @Override
    public void close() {
        running = false;
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException ignored) {
            // the pty is gone already
        }
    }

    private void readLoop() {
        while (running) {
            try {
                buffer.writeBytes(port.readBytes(1, 100));
                byte[] soFar = buffer.toByteArray();
                byte[] reply = wire == Wire.ASCII ? asciiFrame(soFar) : modbusFrame(soFar);
                if (reply != null) {
                    buffer.reset();
                    if (reply.length > 0) {
                        port.writeBytes(reply);
                    }
                }
            } catch (SerialPortTimeoutException e) {
                // idle bus: keep listening
            } catch (SerialPortException e) {
                return;
            }
        }
    }

    /** Null while the frame is incomplete, an empty array for "stay silent", else the reply. */
    private byte[] asciiFrame(byte[] b) {
        if (b[0] != 0x02) {
            return new byte[0];
        }
        int etx = indexOf(b, (byte) 0x03);
        if (etx < 0 || b.length < etx + 3) {
            return null;
        }
        String text = new String(b, 1, etx - 1, StandardCharsets.US_ASCII);
        int address = Integer.parseInt(text.substring(0, 2), 16);
        int checksum = 0;
        for (int i = 1; i <= etx; i++) {
            checksum ^= b[i];
        }
        int sent = Integer.parseInt(new String(b, etx + 1, 2, StandardCharsets.US_ASCII), 16);
        heard.add(address);
        if (!answering.contains(address)) {
            return new byte[0];
        }
        byte[] addressHex = text.substring(0, 2).getBytes(StandardCharsets.US_ASCII);
        if (checksum != sent) {
            return new byte[] {0x15, addressHex[0], addressHex[1]};
        }
        shown.put(address, text.charAt(2) == 'C' ? "" : text.substring(3));
        return new byte[] {0x06, addressHex[0], addressHex[1]};
    }

    private byte[] modbusFrame(byte[] b) {
        if (b.length < 7) {
            return null;
        }
        int length = 7 + (b[6] & 0xFF) + 2;
        if (b.length < length) {
            return null;
        }
        int crc = Crc16Modbus.of(b, length - 2);
        boolean crcOk = (b[length - 2] & 0xFF) == (crc & 0xFF) && (b[length - 1] & 0xFF) == crc >>> 8;
        int address = b[0] & 0xFF;
        heard.add(address);
        if (!crcOk || b[1] != 0x10 || !answering.contains(address)) {
            return new byte[0];
        }
        shown.put(address, new String(b, 7, b[6] & 0xFF, StandardCharsets.US_ASCII).stripTrailing());
        byte[] echo = Arrays.copyOf(b, 8);
        int echoCrc = Crc16Modbus.of(echo, 6);
        echo[6] = (byte) echoCrc;
        echo[7] = (byte) (echoCrc >>> 8);
        return echo;
    }

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
