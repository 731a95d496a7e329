package dk.skranke.display.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private static List<SseEvent> parse(String stream) {
        return new SseParser().feed(stream.getBytes(StandardCharsets.UTF_8));
    }

    /** Feeds one byte at a time, the worst chunking a socket can produce. */
    private static List<SseEvent> parseByteByByte(String stream) {
        SseParser parser = new SseParser();
        List<SseEvent> out = new ArrayList<>();
        for (byte b : stream.getBytes(StandardCharsets.UTF_8)) {
            out.addAll(parser.feed(new byte[] {b}));
        }
        return out;
    }

    @Test
    void reads_central_frames_with_id_event_name_and_data() {
        String stream = ": ping\n\nid: 5\nevent: ticket.called\ndata: {\"ticket\":{\"number\":\"P001\"}}\n\n"
                + "id: 6\nevent: desk.changed\ndata: {}\n\n";

        assertThat(parse(stream)).containsExactly(
                new SseEvent("5", "ticket.called", "{\"ticket\":{\"number\":\"P001\"}}"),
                new SseEvent("6", "desk.changed", "{}"));
    }

    @Test
    void ignores_comments_and_counts_them_as_pings() {
        SseParser parser = new SseParser();

        List<SseEvent> events = parser.feed(": ping\n\n: ping\n\n".getBytes(StandardCharsets.UTF_8));

        assertThat(events).isEmpty();
        assertThat(parser.comments()).isEqualTo(2);
    }

    @Test
    void joins_multi_line_data_with_newlines() {
        assertThat(parse("event: note\ndata: first\ndata:second\ndata:  third\n\n"))
                .containsExactly(new SseEvent(null, "note", "first\nsecond\n third"));
    }

    @Test
    void dispatches_an_event_only_at_a_blank_line() {
        SseParser parser = new SseParser();

        assertThat(parser.feed("id: 1\nevent: a\ndata: x\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(parser.feed("\n".getBytes(StandardCharsets.UTF_8))).containsExactly(new SseEvent("1", "a", "x"));
    }

    @Test
    void understands_crlf_and_cr_line_ends_even_when_split_between_chunks() {
        String stream = "id: 7\r\nevent: a\r\ndata: x\r\n\r\nid: 8\revent: b\rdata: y\r\r";

        assertThat(parseByteByByte(stream)).containsExactly(new SseEvent("7", "a", "x"), new SseEvent("8", "b", "y"));
    }

    @Test
    void keeps_danish_letters_split_across_chunks() {
        assertThat(parseByteByByte("data: {\"name\":\"Kørekort, Dragør, Åbent\"}\n\n"))
                .containsExactly(new SseEvent(null, "message", "{\"name\":\"Kørekort, Dragør, Åbent\"}"));
    }

    @Test
    void remembers_the_last_id_for_later_events_without_one() {
        assertThat(parse("id: 9\ndata: a\n\ndata: b\n\n"))
                .extracting(SseEvent::id).containsExactly("9", "9");
    }

    @Test
    void names_an_event_without_event_field_message_and_forgets_the_name_after_dispatch() {
        assertThat(parse("event: special\ndata: a\n\ndata: b\n\n"))
                .extracting(SseEvent::event).containsExactly("special", "message");
    }

    @Test
    void ignores_frames_without_data_retry_and_unknown_fields() {
        assertThat(parse("retry: 1000\n\nevent: empty\n\nfoo: bar\ndata\n\n"))
                .containsExactly(new SseEvent(null, "message", ""));
    }
}
