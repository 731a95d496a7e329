package dk.skranke.hardware.display;

import java.util.Objects;

/** What a protocol made of the bytes received so far after a request. */
public record DisplayReply(Kind kind, String detail) {

    /** How far the reply has got. */
    public enum Kind {
        /** Not enough bytes yet: keep reading until the reply timeout. */
        INCOMPLETE,
        /** The display acknowledged the request. */
        ACCEPTED,
        /** The display answered with a refusal (NAK, Modbus exception). */
        REFUSED,
        /** The bytes cannot be a reply to this request (wrong address, bad checksum, noise). */
        GARBLED
    }

    public DisplayReply {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public static DisplayReply incomplete() {
        return new DisplayReply(Kind.INCOMPLETE, "");
    }

    public static DisplayReply accepted() {
        return new DisplayReply(Kind.ACCEPTED, "");
    }

    public static DisplayReply refused(String detail) {
        return new DisplayReply(Kind.REFUSED, detail);
    }

    public static DisplayReply garbled(String detail) {
        return new DisplayReply(Kind.GARBLED, detail);
    }

    /** Whether reading can stop. */
    public boolean isFinal() {
        return kind != Kind.INCOMPLETE;
    }
}
