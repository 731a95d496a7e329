package dk.skranke.central.api;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads every POST body up front, so an oversized one is refused (413) on every route, even on
 * routes that ignore their body. A body announced as too large is read and discarded first (up to
 * a cap): answering while the client is still sending would reset the connection, and the client
 * would never see the 413.
 */
final class BodyLimit {
    /** Beyond this a client is not worth listening to; the connection is simply closed. */
    private static final long DRAIN_CAP = 4L * 1024 * 1024;

    private BodyLimit() {
    }

    static void check(Context ctx) throws IOException {
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        long announced = ctx.req().getContentLengthLong();
        if (announced > CentralApp.MAX_BODY_BYTES) {
            if (announced <= DRAIN_CAP) {
                drain(ctx.req().getInputStream());
            }
            throw new ContentTooLargeResponse();
        }
        BodyText.bytes(ctx);
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        while (in.read(buffer) >= 0) {
            // discard
        }
    }
}
