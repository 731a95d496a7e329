package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceFileTransportTest {
    @TempDir
    Path dir;

    @Test
    void a_write_only_device_prints_with_unknown_status() throws IOException {
        // given a file standing in for /dev/usb/lp0
        Path lp0 = Files.createFile(dir.resolve("lp0"));
        try (EscPosTicketPrinter printer = new EscPosTicketPrinter(new DeviceFileTransport(lp0),
                EscPosPrinterSettings.DEFAULTS, new TicketEncoder())) {
            // when
            PrintResult result = printer.print(Tickets.ticket("U1"));
            // then
            assertThat(result).isEqualTo(PrintResult.printed(PrinterStatus.UNKNOWN));
            assertThat(printer.status()).isEqualTo(PrinterStatus.UNKNOWN);
        }
        assertThat(Files.readAllBytes(lp0)).isEqualTo(new TicketEncoder().encode(Tickets.ticket("U1")));
    }

    @Test
    void a_missing_device_is_offline_and_nothing_is_thrown() {
        // given
        Path missing = dir.resolve("no-such-dir").resolve("lp0");
        try (EscPosTicketPrinter printer = new EscPosTicketPrinter(new DeviceFileTransport(missing),
                new EscPosPrinterSettings(Duration.ofMillis(100), Duration.ofSeconds(60)), new TicketEncoder())) {
            // when
            PrintResult result = printer.print(Tickets.ticket("U2"));
            // then
            assertThat(result.printed()).isFalse();
            assertThat(result.status()).isEqualTo(PrinterStatus.OFFLINE);
        }
    }
}
