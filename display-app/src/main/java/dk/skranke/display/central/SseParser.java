package dk.skranke.display.central;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A pure decoder of a {@code text/event-stream} body as the HTML standard defines it: bytes in any chunking,
 * lines ended by CRLF, LF or CR, comments ({@code :}) ignored, {@code data} lines joined with LF, an event
 * dispatched at a blank line, {@code id} remembered across events, unknown fields ignored. No I/O.
 */
public final class SseParser {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private boolean lastWasCr;
    private boolean firstLine = true;
    private String eventType = "";
    private String lastEventId;
    private long comments;

    /** Feeds the next bytes of the stream; returns the events completed by them, in order. */
    public List<SseEvent> feed(byte[] bytes, int offset, int length) {
        List<SseEvent> out = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == '\n' && lastWasCr) {
                lastWasCr = false;
                continue;
            }
            lastWasCr = b == '\r';
            if (b == '\n' || b == '\r') {
                endOfLine(out);
            } else {
                line.write(b);
            }
        }
        return out;
    }

    public List<SseEvent> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    /** The id of the last {@code id:} line seen, or null. */
    public String lastEventId() {
        return lastEventId;
    }

    /** Comment lines seen so far (central's {@code : ping}). */
    public long comments() {
        return comments;
    }

    private void endOfLine(List<SseEvent> out) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (firstLine && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        firstLine = false;
        if (text.isEmpty()) {
            dispatch(out);
        } else if (text.startsWith(":")) {
            comments++;
        } else {
            int colon = text.indexOf(':');
            String field = colon < 0 ? text : text.substring(0, colon);
            String value = colon < 0 ? "" : text.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            field(field, value);
        }
    }

    private void field(String field, String value) {
        switch (field) {
            case "event" -> eventType = value;
            case "data" -> {
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
            }
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastEventId = value;
                }
            }
            default -> {
                // "retry" and unknown fields: nothing the display needs
            }
        }
    }

    private void dispatch(List<SseEvent> out) {
        if (hasData) {
            out.add(new SseEvent(lastEventId, eventType.isEmpty() ? "message" : eventType, data.toString()));
        }
        data.setLength(0);
        hasData = false;
        eventType = "";
    }
}
