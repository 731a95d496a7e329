package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.skranke.hardware.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class EscPosTicketPrinterLogTest {
    private static final String TOKEN = "0-LM2bY3C3XPlQyvk5bGFf69UWdN4Fpl";
    private static final String STATUS_URL = "https://skranke.example/t/" + TOKEN;

    @Test
    void the_raw_bytes_of_a_ticket_are_logged_at_debug_without_the_status_token_of_its_qr_code() {
        // given a printer logging at DEBUG
        Logger logger = (Logger) LoggerFactory.getLogger(EscPosTicketPrinter.class);
        Level level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        InMemoryTransport transport = new InMemoryTransport();
        try (EscPosTicketPrinter printer = new EscPosTicketPrinter(transport,
                new EscPosPrinterSettings(Duration.ofMillis(100), Duration.ofMinutes(10)), new TicketEncoder())) {
            // when a ticket whose QR code holds the status page's address is printed
            assertThat(printer.print(ticketFor(STATUS_URL)).printed()).isTrue();
        } finally {
            logger.detachAppender(logs);
            logger.setLevel(level);
        }

        // then the printer got the token, the log has the ticket's bytes but not the token in any form
        assertThat(new String(transport.written(), StandardCharsets.US_ASCII)).contains(TOKEN);
        String all = logs.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
        assertThat(all).doesNotContain(secretForms(TOKEN).toArray(String[]::new));
        assertThat(all).contains("Sent ticket to memory").contains("1B 40 1B 74 05")
                .contains("1D 28 6B " + Hex.of(new byte[] {(byte) (STATUS_URL.length() + 3), 0, 0x31, 0x50, 0x30}))
                .contains(STATUS_URL.length() + " bytes of QR data not logged");
    }

    @Test
    void the_log_form_of_ticket_bytes_keeps_every_byte_but_the_qr_data() {
        // given the bytes of a ticket
        byte[] bytes = new TicketEncoder().encode(ticketFor(STATUS_URL));
        // when they are formatted for the log
        String logged = TicketEncoder.hexForLog(bytes);
        // then what is left out is exactly the QR data
        String plain = Hex.of(bytes);
        String data = Hex.of(STATUS_URL.getBytes(StandardCharsets.US_ASCII));
        assertThat(logged).isEqualTo(plain.replace(data, "<" + STATUS_URL.length() + " bytes of QR data not logged>"));
    }

    /** The secret as text and in the hex forms a log of raw bytes could hold it. */
    static List<String> secretForms(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.US_ASCII);
        String spaced = Hex.of(bytes);
        String joined = HexFormat.of().formatHex(bytes);
        // a token split across lines or cut by a mask would still show a long enough piece
        String piece = secret.substring(8, 20);
        return List.of(secret, spaced, spaced.toLowerCase(), joined, joined.toUpperCase(), piece,
                Hex.of(piece.getBytes(StandardCharsets.US_ASCII)));
    }

    private static TicketLayout ticketFor(String statusUrl) {
        return new TicketLayout(PaperWidth.MM_80, "Borgerservice Dragør", "Pas", "P017", Tickets.ISSUED, 2, 8,
                statusUrl, "https://www.borger.dk/", "Bestil tid på borger.dk", null, TicketTexts.danish());
    }
}
