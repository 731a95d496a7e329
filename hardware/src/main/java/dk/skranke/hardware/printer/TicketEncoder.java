package dk.skranke.hardware.printer;

import dk.skranke.hardware.internal.Hex;
import dk.skranke.hardware.printer.internal.TicketLines;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a ticket into ESC/POS bytes (Epson TM series and compatibles). Pure: no I/O. Written by hand
 * rather than through escpos-coffee because its QR function bytes are wrong and every byte here is tested.
 */
public final class TicketEncoder {
    /** Code page 865 (Nordic); needs the jdk.charsets module. */
    public static final Charset CP865 = Charset.forName("IBM865");
    static final byte[] INIT = {0x1B, 0x40};
    /** ESC t 5: Epson's table number for PC865 Nordic. */
    static final byte[] CODE_PAGE_865 = {0x1B, 0x74, 0x05};
    static final byte[] CENTER = {0x1B, 0x61, 0x01};
    static final byte[] BOLD_ON = {0x1B, 0x45, 0x01};
    static final byte[] BOLD_OFF = {0x1B, 0x45, 0x00};
    /** GS ! 0x33: characters 4x wide and 4x high. */
    static final byte[] BIG = {0x1D, 0x21, 0x33};
    static final byte[] NORMAL_SIZE = {0x1D, 0x21, 0x00};
    /** GS V 66 3: feed to the cutter plus 3 dots, then partial cut. */
    static final byte[] FEED_AND_PARTIAL_CUT = {0x1D, 0x56, 0x42, 0x03};
    private static final byte LF = 0x0A;
    private static final int QR_ERROR_CORRECTION_M = 49;
    /** GS ( k pL pH 31 50 30: store QR data; pL pH count the data plus the three function bytes. */
    private static final int QR_STORE_HEADER = 8;

    /** The complete ticket, from initialise to cut. */
    public byte[] encode(TicketLayout t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        out.writeBytes(INIT);
        out.writeBytes(CODE_PAGE_865);
        out.writeBytes(CENTER);
        if (t.logo() != null) {
            out.writeBytes(logo(t.logo()));
        }
        out.writeBytes(BOLD_ON);
        lines(out, TicketLines.header(t));
        out.writeBytes(BOLD_OFF);
        out.writeBytes(BIG);
        lines(out, List.of(t.ticketNumber()));
        out.writeBytes(NORMAL_SIZE);
        lines(out, TicketLines.details(t));
        out.writeBytes(qr(t.statusUrl(), qrModuleSize(t.paper())));
        lines(out, TicketLines.selfService(t));
        out.writeBytes(FEED_AND_PARTIAL_CUT);
        return out.toByteArray();
    }

    /**
     * The ticket's bytes in hex for a DEBUG log, every byte but the QR code's data: that is the status page's
     * address, whose token lets anyone follow the citizen's ticket, so only its length is logged.
     */
    public static String hexForLog(byte[] ticket) {
        StringBuilder out = new StringBuilder(ticket.length * 3);
        int from = 0;
        for (int i = 0; i + QR_STORE_HEADER <= ticket.length; i++) {
            if (isQrStore(ticket, i)) {
                int dataLength = Math.max(0, (ticket[i + 3] & 0xFF) + ((ticket[i + 4] & 0xFF) << 8) - 3);
                int dataStart = i + QR_STORE_HEADER;
                int dataEnd = Math.min(ticket.length, dataStart + dataLength);
                append(out, Hex.of(java.util.Arrays.copyOfRange(ticket, from, dataStart)));
                append(out, "<" + (dataEnd - dataStart) + " bytes of QR data not logged>");
                from = dataEnd;
                i = dataEnd - 1;
            }
        }
        append(out, Hex.of(java.util.Arrays.copyOfRange(ticket, from, ticket.length)));
        return out.toString();
    }

    private static boolean isQrStore(byte[] b, int i) {
        return b[i] == 0x1D && b[i + 1] == 0x28 && b[i + 2] == 0x6B && b[i + 5] == 0x31 && b[i + 6] == 0x50
                && b[i + 7] == 0x30;
    }

    private static void append(StringBuilder out, String part) {
        if (!part.isEmpty()) {
            out.append(out.length() == 0 ? "" : " ").append(part);
        }
    }

    /** Text in code page 865; characters it lacks become '?'. */
    public static byte[] text(String s) {
        return s.getBytes(CP865);
    }

    /** QR code as GS ( k: model 2, module size, error correction M, store, print. {@code data} must be ASCII. */
    public static byte[] qr(String data, int moduleSize) {
        byte[] bytes = data.getBytes(StandardCharsets.US_ASCII);
        int storeLength = bytes.length + 3;
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 32);
        out.writeBytes(new byte[] {0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00});
        out.writeBytes(new byte[] {0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, (byte) moduleSize});
        out.writeBytes(new byte[] {0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, QR_ERROR_CORRECTION_M});
        out.writeBytes(new byte[] {0x1D, 0x28, 0x6B, (byte) (storeLength & 0xFF), (byte) (storeLength >> 8),
            0x31, 0x50, 0x30});
        out.writeBytes(bytes);
        out.writeBytes(new byte[] {0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30});
        out.write(LF);
        return out.toByteArray();
    }

    /** GS v 0: raster bit image, normal density. */
    static byte[] logo(TicketLogo logo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1D, 0x76, 0x30, 0x00, (byte) (logo.widthBytes() & 0xFF),
            (byte) (logo.widthBytes() >> 8), (byte) (logo.heightDots() & 0xFF), (byte) (logo.heightDots() >> 8)});
        out.writeBytes(logo.raster());
        out.write(LF);
        return out.toByteArray();
    }

    static int qrModuleSize(PaperWidth paper) {
        return paper == PaperWidth.MM_80 ? 6 : 4;
    }

    private static void lines(ByteArrayOutputStream out, List<String> lines) {
        for (String line : lines) {
            out.writeBytes(text(line));
            out.write(LF);
        }
    }
}
