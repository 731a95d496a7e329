package dk.skranke.hardware.printer;

/**
 * Parses the four one-byte replies to Epson real-time status requests {@code 10 04 n}, n = 1..4.
 * A real printer also sets the offline bit when the cover is open or the paper is out, so the
 * specific causes are checked before plain offline.
 */
public final class StatusReply {
    /** How many requests (and so reply bytes) one status check takes. */
    public static final int REQUEST_COUNT = 4;

    private static final byte[][] REQUESTS = {
        {0x10, 0x04, 0x01}, {0x10, 0x04, 0x02}, {0x10, 0x04, 0x03}, {0x10, 0x04, 0x04}};

    private StatusReply() {
    }

    /** The bytes of request {@code index} (0..3, in the order their replies are expected), a fresh copy. */
    public static byte[] request(int index) {
        return REQUESTS[index].clone();
    }

    /** {@code replies} holds the byte answered to n=1, 2, 3 and 4; a malformed byte gives UNKNOWN. */
    public static PrinterStatus parse(byte[] replies) {
        if (replies == null || replies.length != REQUEST_COUNT) {
            throw new IllegalArgumentException("expected " + REQUEST_COUNT + " status bytes, got "
                    + (replies == null ? "null" : replies.length));
        }
        for (byte b : replies) {
            if (!wellFormed(b)) {
                return PrinterStatus.UNKNOWN;
            }
        }
        return classify(replies[0], replies[1], replies[2], replies[3]);
    }

    private static PrinterStatus classify(byte printer, byte offline, byte error, byte paper) {
        if (bit(offline, 2)) {
            return PrinterStatus.COVER_OPEN;
        }
        if (bit(paper, 5) || bit(paper, 6) || bit(offline, 5)) {
            return PrinterStatus.PAPER_OUT;
        }
        if (bit(error, 3)) {
            return PrinterStatus.CUTTER_ERROR;
        }
        if (bit(printer, 3) || bit(offline, 6) || bit(error, 5) || bit(error, 6)) {
            return PrinterStatus.OFFLINE;
        }
        if (bit(paper, 2) || bit(paper, 3)) {
            return PrinterStatus.PAPER_NEAR_END;
        }
        return PrinterStatus.OK;
    }

    // Epson fixes bit 0 = 0, bit 1 = 1, bit 4 = 1 and bit 7 = 0 in every real-time status byte.
    private static boolean wellFormed(byte b) {
        return (b & 0x93) == 0x12;
    }

    private static boolean bit(byte b, int n) {
        return (b & (1 << n)) != 0;
    }
}
