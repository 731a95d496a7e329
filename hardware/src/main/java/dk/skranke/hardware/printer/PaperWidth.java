package dk.skranke.hardware.printer;

/** Paper roll width, with how many font-A characters fit on one line. */
public enum PaperWidth {
    MM_80(48, 576),
    MM_58(32, 384);

    private final int charsPerLine;
    private final int dots;

    PaperWidth(int charsPerLine, int dots) {
        this.charsPerLine = charsPerLine;
        this.dots = dots;
    }

    public int charsPerLine() {
        return charsPerLine;
    }

    /** Printable width in dots at 203 dpi. */
    public int dots() {
        return dots;
    }
}
