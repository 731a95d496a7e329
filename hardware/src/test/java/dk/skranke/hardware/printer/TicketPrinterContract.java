package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every TicketPrinter must do, run against the simulator and against the real driver over socat. */
abstract class TicketPrinterContract {
    protected static final Duration WAIT = Duration.ofSeconds(10);

    /** The printer under test. */
    protected abstract TicketPrinter printer();

    /** Makes the (fake or simulated) device report {@code status} from now on. */
    protected abstract void deviceReports(PrinterStatus status);

    /** The tickets the device has received, as bytes. */
    protected abstract List<byte[]> ticketsReceived();

    @Test
    void printing_when_ok_succeeds_and_the_printer_gets_the_ticket_with_its_number() {
        // given
        deviceReports(PrinterStatus.OK);
        // when
        PrintResult result = printer().print(Tickets.ticket("P017"));
        // then
        assertThat(result.printed()).isTrue();
        assertThat(result.status()).isEqualTo(PrinterStatus.OK);
        await().atMost(WAIT).until(() -> ticketsReceived().size() == 1);
        assertThat(new String(ticketsReceived().get(0), StandardCharsets.ISO_8859_1)).contains("P017");
    }

    @Test
    void paper_out_blocks_printing_with_a_clear_result_and_nothing_is_sent() {
        // given
        deviceReports(PrinterStatus.PAPER_OUT);
        // when
        PrintResult result = printer().print(Tickets.ticket("P018"));
        // then
        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(result.message()).contains("not printed").contains("paper-out");
        assertThat(printer().status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(ticketsReceived()).isEmpty();
    }

    @Test
    void near_end_prints_but_the_status_says_near_end() {
        // given
        deviceReports(PrinterStatus.PAPER_NEAR_END);
        // when
        PrintResult result = printer().print(Tickets.ticket("P019"));
        // then
        assertThat(result.printed()).isTrue();
        assertThat(result.status()).isEqualTo(PrinterStatus.PAPER_NEAR_END);
        assertThat(result.message()).contains("near");
        await().atMost(WAIT).until(() -> printer().status() == PrinterStatus.PAPER_NEAR_END);
        await().atMost(WAIT).until(() -> ticketsReceived().size() == 1);
    }

    @Test
    void cover_open_blocks_printing() {
        // given
        deviceReports(PrinterStatus.COVER_OPEN);
        // when
        PrintResult result = printer().print(Tickets.ticket("P020"));
        // then
        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(PrinterStatus.COVER_OPEN);
        assertThat(result.message()).contains("cover-open");
    }

    @Test
    void after_paper_returns_printing_resumes_and_only_that_ticket_was_sent() {
        // given a print refused for paper out
        deviceReports(PrinterStatus.PAPER_OUT);
        assertThat(printer().print(Tickets.ticket("P021")).printed()).isFalse();
        // when the paper is back
        deviceReports(PrinterStatus.OK);
        await().atMost(WAIT).until(() -> printer().status() == PrinterStatus.OK);
        PrintResult result = printer().print(Tickets.ticket("P022"));
        // then
        assertThat(result.printed()).isTrue();
        await().atMost(WAIT).until(() -> ticketsReceived().size() == 1);
        String ticket = new String(ticketsReceived().get(0), StandardCharsets.ISO_8859_1);
        assertThat(ticket).contains("P022").doesNotContain("P021");
    }
}
