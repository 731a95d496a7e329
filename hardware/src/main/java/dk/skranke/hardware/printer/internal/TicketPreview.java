package dk.skranke.hardware.printer.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dk.skranke.hardware.printer.PaperWidth;
import dk.skranke.hardware.printer.TicketLayout;
import dk.skranke.hardware.printer.TicketLogo;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** Draws a ticket as the printer would lay it out: text lines, the big number and the QR code, centred. */
public final class TicketPreview {
    private static final int MARGIN = 16;
    private static final int MAX_HEIGHT = 4000;
    private static final Font TEXT = new Font(Font.MONOSPACED, Font.PLAIN, 20);
    private static final Font BOLD = TEXT.deriveFont(Font.BOLD);
    private static final Font BIG = new Font(Font.MONOSPACED, Font.BOLD, 96);

    private TicketPreview() {
    }

    public static BufferedImage render(TicketLayout t) {
        int width = t.paper().dots();
        BufferedImage canvas = new BufferedImage(width, MAX_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, MAX_HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = draw(g, t, width);
            return canvas.getSubimage(0, 0, width, Math.min(MAX_HEIGHT, y + MARGIN));
        } finally {
            g.dispose();
        }
    }

    private static int draw(Graphics2D g, TicketLayout t, int width) {
        int y = MARGIN;
        if (t.logo() != null) {
            y = logo(g, t.logo(), width, y);
        }
        y = lines(g, BOLD, TicketLines.header(t), width, y);
        y = lines(g, BIG, List.of(t.ticketNumber()), width, y);
        y = lines(g, TEXT, TicketLines.details(t), width, y);
        y = qr(g, t.statusUrl(), t.paper(), width, y);
        return lines(g, TEXT, TicketLines.selfService(t), width, y);
    }

    private static int lines(Graphics2D g, Font font, List<String> lines, int width, int y) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        for (String line : lines) {
            y += m.getHeight();
            g.drawString(line, (width - m.stringWidth(line)) / 2, y - m.getDescent());
        }
        return y;
    }

    private static int qr(Graphics2D g, String url, PaperWidth paper, int width, int y) {
        BitMatrix matrix = qrMatrix(url);
        int module = paper == PaperWidth.MM_80 ? 6 : 4;
        int left = (width - matrix.getWidth() * module) / 2;
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    g.fillRect(left + col * module, y + row * module, module, module);
                }
            }
        }
        return y + matrix.getHeight() * module + MARGIN;
    }

    private static BitMatrix qrMatrix(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + url, e);
        }
    }

    private static int logo(Graphics2D g, TicketLogo logo, int width, int y) {
        byte[] raster = logo.raster();
        int left = (width - logo.widthBytes() * 8) / 2;
        for (int row = 0; row < logo.heightDots(); row++) {
            for (int col = 0; col < logo.widthBytes() * 8; col++) {
                if ((raster[row * logo.widthBytes() + col / 8] & (0x80 >> (col % 8))) != 0) {
                    g.fillRect(left + col, y + row, 1, 1);
                }
            }
        }
        return y + logo.heightDots();
    }
}
