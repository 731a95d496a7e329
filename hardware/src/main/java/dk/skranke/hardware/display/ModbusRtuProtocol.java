package dk.skranke.hardware.display;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.hardware.display.internal.Crc16Modbus;
import dk.skranke.hardware.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Modbus RTU "write multiple registers" (function 16) to the text registers of DM-type numeric LED
 * displays: two ASCII characters per register, high byte first, left-aligned and padded with spaces.
 */
public final class ModbusRtuProtocol implements DisplayProtocol {
    static final int WRITE_MULTIPLE_REGISTERS = 0x10;
    private static final int EXCEPTION_FLAG = 0x80;
    private static final int ECHO_LENGTH = 8;
    private static final int EXCEPTION_LENGTH = 5;

    private final int startRegister;
    private final int registerCount;

    /** Start register 0x0000, six characters (three registers). */
    public ModbusRtuProtocol() {
        this(0x0000, DisplayText.MAX_LENGTH);
    }

    /** @param width characters the display has; rounded up to whole registers */
    public ModbusRtuProtocol(int startRegister, int width) {
        if (startRegister < 0 || startRegister > 0xFFFF) {
            throw new InvalidInputException("display.modbus.startRegister", startRegister + " is outside 0-65535");
        }
        if (width < 1 || width > DisplayText.MAX_LENGTH) {
            throw new InvalidInputException("display.modbus.width", width + " is outside 1-" + DisplayText.MAX_LENGTH);
        }
        this.startRegister = startRegister;
        this.registerCount = (width + 1) / 2;
    }

    @Override
    public String name() {
        return "modbus";
    }

    @Override
    public byte[] encodeShow(int address, DisplayText text) {
        if (text.value().length() > registerCount * 2) {
            throw new InvalidInputException("text", "'" + text.value() + "' is wider than the display's "
                    + registerCount * 2 + " characters");
        }
        return writeRegisters(address, text.value());
    }

    @Override
    public byte[] encodeClear(int address) {
        return writeRegisters(address, "");
    }

    @Override
    public DisplayReply decodeReply(int address, byte[] received) {
        if (received.length < 2) {
            return DisplayReply.incomplete();
        }
        boolean exception = (received[1] & 0xFF) == (WRITE_MULTIPLE_REGISTERS | EXCEPTION_FLAG);
        int expectedLength = exception ? EXCEPTION_LENGTH : ECHO_LENGTH;
        if (received.length < expectedLength) {
            return DisplayReply.incomplete();
        }
        if (received.length > expectedLength || !crcMatches(received)) {
            return DisplayReply.garbled("bad length or CRC: " + Hex.of(received));
        }
        if ((received[0] & 0xFF) != DisplayText.checkAddress(address)) {
            return DisplayReply.garbled("reply from slave " + (received[0] & 0xFF) + ", expected " + address);
        }
        if (exception) {
            return DisplayReply.refused("Modbus exception " + exceptionName(received[2] & 0xFF));
        }
        byte[] expectedEcho = Arrays.copyOf(writeRegisters(address, ""), 6);
        if (!Arrays.equals(expectedEcho, Arrays.copyOf(received, 6))) {
            return DisplayReply.garbled("not an echo of the write: " + Hex.of(received));
        }
        return DisplayReply.accepted();
    }

    private byte[] writeRegisters(int address, String text) {
        int byteCount = registerCount * 2;
        byte[] frame = new byte[7 + byteCount + 2];
        frame[0] = (byte) DisplayText.checkAddress(address);
        frame[1] = (byte) WRITE_MULTIPLE_REGISTERS;
        frame[2] = (byte) (startRegister >>> 8);
        frame[3] = (byte) startRegister;
        frame[4] = (byte) (registerCount >>> 8);
        frame[5] = (byte) registerCount;
        frame[6] = (byte) byteCount;
        byte[] padded = String.format("%-" + byteCount + "s", text).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(padded, 0, frame, 7, byteCount);
        int crc = Crc16Modbus.of(frame, frame.length - 2);
        frame[frame.length - 2] = (byte) crc;
        frame[frame.length - 1] = (byte) (crc >>> 8);
        return frame;
    }

    private static boolean crcMatches(byte[] frame) {
        int crc = Crc16Modbus.of(frame, frame.length - 2);
        return (frame[frame.length - 2] & 0xFF) == (crc & 0xFF) && (frame[frame.length - 1] & 0xFF) == (crc >>> 8);
    }

    private static String exceptionName(int code) {
        return switch (code) {
            case 1 -> "01 illegal function";
            case 2 -> "02 illegal data address";
            case 3 -> "03 illegal data value";
            case 4 -> "04 slave device failure";
            case 6 -> "06 slave device busy";
            default -> String.format("%02X", code);
        };
    }
}
