package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real driver over TCP against a fake network printer that answers DLE EOT on the same connection. */
class TcpTransportIT {
    private ServerSocket server;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile byte paperByte = 0x12;

    @BeforeEach
    void startFakeNetworkPrinter() throws IOException {
        server = new ServerSocket(0);
        Thread t = new Thread(this::serve, "fake-network-printer");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void a_network_printer_reporting_near_end_prints_and_gets_the_ticket() {
        // given
        paperByte = 0x1E;
        try (EscPosTicketPrinter printer = new EscPosTicketPrinter(
                new TcpTransport("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(1)),
                new EscPosPrinterSettings(Duration.ofMillis(300), Duration.ofSeconds(60)), new TicketEncoder())) {
            // when
            PrintResult result = printer.print(Tickets.ticket("N5"));
            // then
            assertThat(result).isEqualTo(PrintResult.printed(PrinterStatus.PAPER_NEAR_END));
            await().atMost(Duration.ofSeconds(5)).until(() -> receivedText().contains("N5"));
        }
    }

    @Test
    void nobody_listening_gives_offline_not_an_exception() throws IOException {
        // given a port with nobody behind it: bound by a socket that does not listen, so connections are
        // refused and the kernel cannot hand the same port to our own connection (a TCP self-connect to a
        // closed loopback port in the ephemeral range would echo the status requests back as answers)
        server.close();
        try (java.net.Socket holder = new java.net.Socket()) {
            holder.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
            assertOfflineWhenPrintingTo(holder.getLocalPort());
        }
    }

    private static void assertOfflineWhenPrintingTo(int port) {
        try (EscPosTicketPrinter printer = new EscPosTicketPrinter(
                new TcpTransport("127.0.0.1", port, Duration.ofMillis(500)),
                new EscPosPrinterSettings(Duration.ofMillis(300), Duration.ofSeconds(60)), new TicketEncoder())) {
            // when
            PrintResult result = printer.print(Tickets.ticket("N6"));
            // then
            assertThat(result.printed()).isFalse();
            assertThat(result.status()).isEqualTo(PrinterStatus.OFFLINE);
        }
    }

    private synchronized String receivedText() {
        return received.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void serve() {
        try (Socket s = server.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            int previous2 = -1;
            int previous = -1;
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (previous2 == 0x10 && previous == 0x04 && b >= 1 && b <= 4) {
                    out.write(b == 4 ? paperByte : 0x12);
                    out.flush();
                }
                synchronized (this) {
                    received.write(b);
                }
                previous2 = previous;
                previous = b;
            }
        } catch (IOException e) {
            // the test is over
        }
    }
}
