package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedTicketPrinterTest {
    @TempDir
    Path dir;

    @Test
    void a_printed_ticket_leaves_its_bytes_and_a_png_preview_of_the_paper_width() throws IOException {
        // given
        SimulatedTicketPrinter printer = new SimulatedTicketPrinter(dir, new TicketEncoder());
        // when
        printer.print(Tickets.ticket(PaperWidth.MM_58, "A7"));
        // then
        assertThat(Files.readAllBytes(dir.resolve("ticket-0001-A7.bin")))
                .isEqualTo(new TicketEncoder().encode(Tickets.ticket(PaperWidth.MM_58, "A7")));
        BufferedImage png = ImageIO.read(dir.resolve("ticket-0001-A7.png").toFile());
        assertThat(png.getWidth()).isEqualTo(384);
        assertThat(png.getHeight()).isBetween(400, 1500);
        assertThat(hasBlackPixel(png)).isTrue();
        Files.createDirectories(Path.of("target", "printer-preview"));
        Files.copy(dir.resolve("ticket-0001-A7.png"), Path.of("target", "printer-preview", "ticket-58mm.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void a_refused_ticket_leaves_no_files() throws IOException {
        // given
        SimulatedTicketPrinter printer = new SimulatedTicketPrinter(dir, new TicketEncoder());
        printer.setStatus(PrinterStatus.CUTTER_ERROR);
        // when
        PrintResult result = printer.print(Tickets.ticket("A8"));
        // then
        assertThat(result).isEqualTo(new PrintResult(false, PrinterStatus.CUTTER_ERROR,
                "not printed: printer is cutter-error"));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static boolean hasBlackPixel(BufferedImage img) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFF) < 64) {
                    return true;
                }
            }
        }
        return false;
    }
}
