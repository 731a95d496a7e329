package dk.skranke.hardware.display;

/** A pure encoder/decoder for one desk display wire protocol: no I/O, tested against golden bytes. */
public interface DisplayProtocol {

    /** Short name for logs and configuration, e.g. {@code ascii} or {@code modbus}. */
    String name();

    /** The request that makes the display at {@code address} show {@code text}. */
    byte[] encodeShow(int address, DisplayText text);

    /** The request that blanks the display at {@code address}. */
    byte[] encodeClear(int address);

    /** Judges the bytes received so far after a request to {@code address}. */
    DisplayReply decodeReply(int address, byte[] received);
}
