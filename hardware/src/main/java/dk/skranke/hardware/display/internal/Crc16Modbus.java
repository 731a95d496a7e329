package dk.skranke.hardware.display.internal;

/** CRC-16/MODBUS: reflected polynomial 0xA001, initial value 0xFFFF, sent low byte first. */
public final class Crc16Modbus {

    private Crc16Modbus() {
    }

    /** The CRC of {@code length} bytes of {@code data} starting at 0. */
    public static int of(byte[] data, int length) {
        int crc = 0xFFFF;
        for (int i = 0; i < length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    public static int of(byte[] data) {
        return of(data, data.length);
    }
}
