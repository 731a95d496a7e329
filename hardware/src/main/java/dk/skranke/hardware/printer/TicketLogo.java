package dk.skranke.hardware.printer;

/** A monochrome raster logo: rows of {@code widthBytes} bytes, 8 dots per byte, most significant bit left, 1 = black. */
public record TicketLogo(int widthBytes, int heightDots, byte[] raster) {

    public TicketLogo {
        if (widthBytes < 1 || widthBytes > 72) {
            throw new IllegalArgumentException("logo widthBytes must be 1..72, was " + widthBytes);
        }
        if (heightDots < 1 || heightDots > 2303) {
            throw new IllegalArgumentException("logo heightDots must be 1..2303, was " + heightDots);
        }
        if (raster == null || raster.length != widthBytes * heightDots) {
            throw new IllegalArgumentException("logo raster must hold widthBytes * heightDots = "
                    + widthBytes * heightDots + " bytes");
        }
        raster = raster.clone();
    }

    @Override
    public byte[] raster() {
        return raster.clone();
    }
}
