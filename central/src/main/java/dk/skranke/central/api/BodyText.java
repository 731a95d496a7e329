package dk.skranke.central.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpException;

/**
 * The one place a request body is read and its bytes become text: always UTF-8, whatever charset the
 * Content-Type names (an unknown or empty one included), because api.md promises JSON in UTF-8.
 */
final class BodyText {
    private BodyText() {
    }

    /**
     * The body's bytes. A body the client breaks off (shorter than its Content-Length, a broken chunk) is
     * the client's fault: 400, not 500. The size limit's 413 passes through.
     */
    static byte[] bytes(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(e) ? brokenOff() : e;
        } catch (Exception e) { // Javalin is Kotlin: the input stream's IOException arrives undeclared
            if (unreadable(e)) {
                throw brokenOff();
            }
            throw new IllegalStateException("reading the request body failed", e);
        }
    }

    /** The body as text without a leading byte-order mark; a body that is not UTF-8 is refused with {@code code}. */
    static String of(Context ctx, String code) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(ctx))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ApiError(400, code, "the request body is not valid UTF-8; bodies are read as UTF-8 whatever "
                    + "charset the Content-Type names");
        }
    }

    /** The Content-Type's media type in lower case without its parameters; "" when there is none. */
    static String mediaType(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof HttpException) {
                return true;
            }
        }
        return false;
    }

    private static ApiError brokenOff() {
        return new ApiError(400, "bad-request", "the request body could not be read: it ended before its "
                + "announced length or its chunked encoding is broken");
    }
}
