package dk.skranke.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.skranke.kiosk.testing.FakeCentral;
import dk.skranke.kiosk.testing.RunningKiosk;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class NoPersonalDataInLogsIT {
    @TempDir
    Path data;

    @Test
    void logs_neither_booking_codes_nor_status_tokens_nor_the_api_token() {
        Logger root = context().getLogger(Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        // The fake central's own server (Javalin/Jetty in this JVM, not part of the kiosk) logs raw requests at DEBUG.
        List<Logger> fakeCentral = List.of(context().getLogger("org.eclipse.jetty"), context().getLogger("io.javalin"));
        fakeCentral.forEach(l -> l.setLevel(ch.qos.logback.classic.Level.INFO));
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        String statusToken;
        try (RunningKiosk kiosk = new RunningKiosk(data).ready()) {
            kiosk.api().post("/api/check-ins", "{\"code\":\"VMWTPN\"}");
            kiosk.api().post("/api/check-ins", "{\"code\":\"EARLY1\"}");
            kiosk.api().post("/api/check-ins", "{\"code\":\"QQQQQQ\"}");
            kiosk.central.mode(FakeCentral.Mode.DOWN);
            kiosk.api().post("/api/check-ins", "{\"code\":\"ZZZZZZ\"}");
            String url = kiosk.issue("pas").json().path("statusUrl").asText();
            statusToken = url.substring(url.lastIndexOf('/') + 1);
            kiosk.api().get("/api/qr?data=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
            kiosk.api().get("/api/qr?data=" + URLEncoder.encode(url + " ", StandardCharsets.UTF_8)); // 400: logged
            kiosk.central.mode(FakeCentral.Mode.NORMAL);
            kiosk.app().replayer().replayNow();
        } finally {
            root.detachAppender(logs);
            root.setLevel(level);
            fakeCentral.forEach(l -> l.setLevel(null));
        }

        String all = logs.list.stream().map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                : e.getThrowableProxy().getMessage())).collect(Collectors.joining("\n"));
        assertThat(all).contains("ticket issued offline");
        assertThat(all).doesNotContain("VMWTPN", "EARLY1", "QQQQQQ", "ZZZZZZ", statusToken, FakeCentral.TOKEN);
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
