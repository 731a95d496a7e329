package dk.skranke.hardware.display;

import dk.skranke.hardware.internal.Hex;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Skranke's own ASCII frame protocol for desk displays; the wire format is specified in {@code package-info.java}. */
public final class AsciiFrameProtocol implements DisplayProtocol {
    static final byte STX = 0x02;
    static final byte ETX = 0x03;
    static final byte ACK = 0x06;
    static final byte NAK = 0x15;
    private static final int REPLY_LENGTH = 3;

    @Override
    public String name() {
        return "ascii";
    }

    @Override
    public byte[] encodeShow(int address, DisplayText text) {
        return frame(address, 'D', text.value());
    }

    @Override
    public byte[] encodeClear(int address) {
        return frame(address, 'C', "");
    }

    @Override
    public DisplayReply decodeReply(int address, byte[] received) {
        if (received.length < REPLY_LENGTH) {
            return DisplayReply.incomplete();
        }
        String expected = hex2(DisplayText.checkAddress(address));
        String answered = new String(received, 1, 2, StandardCharsets.US_ASCII);
        if (received.length > REPLY_LENGTH || !expected.equals(answered)) {
            return DisplayReply.garbled("expected a reply from " + expected + ", got " + Hex.of(received));
        }
        if (received[0] == ACK) {
            return DisplayReply.accepted();
        }
        if (received[0] == NAK) {
            return DisplayReply.refused("NAK from display " + expected);
        }
        return DisplayReply.garbled("neither ACK nor NAK: " + Hex.of(received));
    }

    private static byte[] frame(int address, char command, String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(STX);
        out.writeBytes((hex2(DisplayText.checkAddress(address)) + command + payload)
                .getBytes(StandardCharsets.US_ASCII));
        out.write(ETX);
        byte[] soFar = out.toByteArray();
        int checksum = 0;
        for (int i = 1; i < soFar.length; i++) {
            checksum ^= soFar[i];
        }
        out.writeBytes(hex2(checksum & 0xFF).getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String hex2(int value) {
        return String.format("%02X", value);
    }
}
