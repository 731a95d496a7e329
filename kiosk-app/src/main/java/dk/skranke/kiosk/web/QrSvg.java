package dk.skranke.kiosk.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dk.skranke.core.error.InvalidInputException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** QR codes of http(s) URLs as small SVG documents (one path, crisp edges, 4-module quiet zone). */
public final class QrSvg {
    public static final int MAX_LENGTH = 700;

    private QrSvg() {
    }

    /** Checks {@code data} is an http(s) URL of at most 700 printable ASCII characters; names the field {@code data}. */
    public static String validate(String data) {
        if (data == null || data.isBlank()) {
            throw new InvalidInputException("data", "is required: an http:// or https:// address");
        }
        if (data.length() > MAX_LENGTH) {
            throw new InvalidInputException("data", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!data.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new InvalidInputException("data", "must be printable ASCII without spaces");
        }
        String lower = data.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new InvalidInputException("data", "must be an http:// or https:// address");
        }
        try {
            if (URI.create(data).getHost() == null) {
                throw new InvalidInputException("data", "must be an http:// or https:// address with a host");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("data", "is not a valid address");
        }
        return data;
    }

    public static String svg(String data) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(validate(data), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new InvalidInputException("data", "cannot be encoded as a QR code");
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start)
                        .append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + width + "\" height=\"" + height
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
