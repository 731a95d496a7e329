package dk.skranke.central.api;

import dk.skranke.central.view.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before they reach Javalin (a broken URI, a 20 KB header, a bad
 * Content-Length) get the same JSON error shape as everything else, not an HTML page.
 */
final class JettyErrors extends ErrorHandler {
    /** The HTTP server's only 503: a request that arrives while central stops (see CentralApp.STOP_TIMEOUT). */
    static final String STOPPING = "central is stopping and took no new requests; nothing was changed: try again"
            + " in a moment";

    /** Jetty writes error bodies only for GET, POST and HEAD by default; a DELETE deserves the same JSON. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", Errors.codeOf(status));
        body.put("message", status == 503 ? STOPPING : "the request was refused by the HTTP server: "
                + (reason == null || reason.isBlank() ? "status " + status : reason));
        return Json.write(body).getBytes(StandardCharsets.UTF_8);
    }
}
