package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.hardware.diag.HwCommand;
import dk.skranke.testsupport.serial.SocatPair;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The installer's {@code skranke hw status} and {@code print-test} against a printer on a real serial line. */
class HwStatusCommandIT {

    @Test
    void hw_status_reports_paper_out_and_print_test_refuses_then_prints_when_paper_is_back() {
        try (SocatPair pair = SocatPair.open(); EscPosPrinterEmulator printer = EscPosPrinterEmulator.on(pair.deviceEnd())) {
            StringWriter out = new StringWriter();
            String port = pair.driverEnd().toString();

            // given a printer without paper
            printer.report(PrinterStatus.PAPER_OUT);
            // when the installer asks for its status and tries a test ticket
            int status = HwCommand.run(new PrintWriter(out, true), "status", "--port", port);
            int refused = HwCommand.run(new PrintWriter(out, true), "print-test", "--port", port);
            // then both say paper-out and nothing was printed
            assertThat(status).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
            assertThat(out.toString()).contains("printer: paper-out", "not printed");
            assertThat(printer.tickets()).isEmpty();

            // and with paper back the test ticket prints
            printer.report(PrinterStatus.OK);
            assertThat(HwCommand.run(new PrintWriter(out, true), "print-test", "--port", port)).isZero();
            assertThat(out.toString()).contains("printed: test ticket T001");
            await().atMost(Duration.ofSeconds(5)).until(() -> printer.tickets().size() == 1);
        }
    }
}
