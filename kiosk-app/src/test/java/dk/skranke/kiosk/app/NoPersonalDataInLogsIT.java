package dk.skranke.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.PrinterConnection;
import dk.skranke.hardware.printer.EscPosPrinterEmulator;
import dk.skranke.hardware.printer.PaperWidth;
import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.kiosk.testing.FakeCentral;
import dk.skranke.kiosk.testing.RunningKiosk;
import dk.skranke.testsupport.serial.SocatPair;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Everything the kiosk logs at any level, DEBUG included, while it prints on the real ESC/POS driver. */
class NoPersonalDataInLogsIT {
    @TempDir
    Path data;

    @Test
    void logs_neither_booking_codes_nor_status_tokens_nor_the_api_token_in_text_or_in_hex() {
        Logger root = context().getLogger(Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        // The fake central's own server (Javalin/Jetty in this JVM, not part of the kiosk) logs raw requests at DEBUG.
        List<Logger> fakeCentral = List.of(context().getLogger("org.eclipse.jetty"), context().getLogger("io.javalin"));
        fakeCentral.forEach(l -> l.setLevel(ch.qos.logback.classic.Level.INFO));
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        List<String> statusTokens = new ArrayList<>();
        // given a kiosk printing on an Epson printer over a serial line, the driver's raw bytes logged in hex
        try (SocatPair pair = SocatPair.open(); EscPosPrinterEmulator printer = EscPosPrinterEmulator.on(pair.deviceEnd());
                RunningKiosk kiosk = new RunningKiosk(data, c -> c.withHardware(new KioskConfig.HardwareConfig(
                        HardwareMode.REAL, new PrinterConnection("serial", pair.driverEnd().toString(), 38400),
                        PaperWidth.MM_80))).ready()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.api().get("/api/health").json()
                    .path("printer").asText().equals("ok"));
            // when citizens check in, take tickets online and offline, and the page asks for QR codes
            statusTokens.add(token(kiosk.api().post("/api/check-ins", "{\"code\":\"VMWTPN\"}").json()
                    .path("statusUrl").asText()));
            kiosk.api().post("/api/check-ins", "{\"code\":\"EARLY1\"}");
            kiosk.api().post("/api/check-ins", "{\"code\":\"QQQQQQ\"}");
            statusTokens.add(token(kiosk.issue("pas").json().path("statusUrl").asText()));
            kiosk.central.mode(FakeCentral.Mode.DOWN);
            kiosk.api().post("/api/check-ins", "{\"code\":\"ZZZZZZ\"}");
            String url = kiosk.issue("pas").json().path("statusUrl").asText();
            statusTokens.add(token(url));
            kiosk.api().get("/api/qr?data=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
            kiosk.api().get("/api/qr?data=" + URLEncoder.encode(url + " ", StandardCharsets.UTF_8)); // 400: logged
            kiosk.central.mode(FakeCentral.Mode.NORMAL);
            kiosk.app().replayer().replayNow();
            // (the tokens did reach the printer: the test would see them if the driver logged them)
            await().atMost(Duration.ofSeconds(10)).until(() -> printer.tickets().size() == 3);
            assertThat(new String(printer.tickets().get(2), StandardCharsets.ISO_8859_1)).contains(statusTokens.get(2));
        } finally {
            root.detachAppender(logs);
            root.setLevel(level);
            fakeCentral.forEach(l -> l.setLevel(null));
        }

        // then
        String all = logs.list.stream().map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                : e.getThrowableProxy().getMessage())).collect(Collectors.joining("\n"));
        assertThat(all).contains("ticket issued offline").contains("Sent ticket to");
        List<String> secrets = new ArrayList<>(List.of("VMWTPN", "EARLY1", "QQQQQQ", "ZZZZZZ", FakeCentral.TOKEN));
        secrets.addAll(statusTokens);
        for (String secret : secrets) {
            assertThat(all).as("a log line holds %s", secret).doesNotContain(inTextAndHex(secret));
        }
    }

    /** The secret as text and the ways raw bytes in a log could hold it: spaced or joined hex, either case. */
    private static String[] inTextAndHex(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.US_ASCII);
        String spaced = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
        String joined = HexFormat.of().formatHex(bytes);
        return new String[] {secret, spaced, spaced.toLowerCase(), joined, joined.toUpperCase()};
    }

    private static String token(String statusUrl) {
        assertThat(statusUrl).contains("/t/");
        return statusUrl.substring(statusUrl.lastIndexOf('/') + 1);
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
