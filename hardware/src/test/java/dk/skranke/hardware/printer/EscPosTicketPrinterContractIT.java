package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.testsupport.serial.SocatPair;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real ESC/POS driver over a socat pty pair with a scripted Epson printer on the other end. */
class EscPosTicketPrinterContractIT extends TicketPrinterContract {
    private static final Duration STATUS_TIMEOUT = Duration.ofMillis(300);
    private SocatPair pair;
    private EscPosPrinterEmulator device;
    private EscPosTicketPrinter printer;

    @BeforeEach
    void startPairDeviceAndDriver() {
        pair = SocatPair.open();
        device = EscPosPrinterEmulator.on(pair.deviceEnd());
        printer = new EscPosTicketPrinter(new SerialTransport(pair.driverEnd().toString(), 38400),
                new EscPosPrinterSettings(STATUS_TIMEOUT, Duration.ofMillis(100)), new TicketEncoder()).start();
    }

    @AfterEach
    void stopAll() {
        printer.close();
        device.close();
        pair.close();
    }

    @Override
    protected TicketPrinter printer() {
        return printer;
    }

    @Override
    protected void deviceReports(PrinterStatus status) {
        device.report(status);
    }

    @Override
    protected List<byte[]> ticketsReceived() {
        return device.tickets();
    }

    @Test
    void a_printer_that_does_not_answer_is_offline_within_the_timeout() {
        // given
        await().atMost(WAIT).until(() -> printer.status() == PrinterStatus.OK);
        device.silence(true);
        // when
        long start = System.nanoTime();
        PrintResult result = printer.print(Tickets.ticket("P030"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // then one unanswered request is enough; the poller may hold the line for one more timeout
        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(took).isLessThan(STATUS_TIMEOUT.multipliedBy(4));
        assertThat(device.tickets()).isEmpty();
    }

    @Test
    void killing_and_recreating_the_serial_pair_is_recovered_from_without_restarting_the_driver() {
        // given a working printer
        assertThat(printer.print(Tickets.ticket("P031")).printed()).isTrue();
        // when the port vanishes
        device.close();
        pair.kill();
        // then
        await().atMost(WAIT).until(() -> printer.status() == PrinterStatus.OFFLINE);
        assertThat(printer.print(Tickets.ticket("P032")).printed()).isFalse();
        // when it comes back
        pair.start();
        EscPosPrinterEmulator returned = EscPosPrinterEmulator.on(pair.deviceEnd());
        device = returned;
        // then
        await().atMost(WAIT).until(() -> printer.status() == PrinterStatus.OK);
        assertThat(printer.print(Tickets.ticket("P033")).printed()).isTrue();
        await().atMost(WAIT).until(() -> returned.tickets().size() == 1);
    }
}
