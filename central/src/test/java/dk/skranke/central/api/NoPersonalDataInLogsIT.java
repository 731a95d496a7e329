package dk.skranke.central.api;

import static dk.skranke.central.testing.TestConfig.INTEGRATION;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.TestCentral;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Booking codes, booking references and status-page tokens are personal keys: never in a log line. */
class NoPersonalDataInLogsIT {
    private static final String CODE = "QW7KX3";
    private static final String REFERENCE = "cpr-0101701234-ref";

    @Test
    void a_whole_appointment_and_ticket_flow_logs_no_code_reference_or_status_token() {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
        try (TestCentral central = TestCentral.start(MutableClock.at("2026-11-23T10:00:00+01:00"))) {
            // given an appointment with a code and a reference, checked in, and its status page read
            Http http = central.http();
            assertThat(http.post("/api/v1/branches/test/appointments", INTEGRATION, "{\"service\":\"pas\","
                    + "\"start\":\"2026-11-23T10:10:00+01:00\",\"durationMinutes\":15,\"code\":\"" + CODE
                    + "\",\"reference\":\"" + REFERENCE + "\"}").status()).isEqualTo(201);
            Http.Response ticket = http.post("/api/v1/branches/test/check-ins", KIOSK, "{\"code\":\"" + CODE + "\"}");
            assertThat(ticket.status()).isEqualTo(201);
            String token = ticket.text("statusUrl").replaceAll(".*/t/", "");
            assertThat(http.get("/api/v1/public/tickets/" + token, null).status()).isEqualTo(200);
            assertThat(http.get("/api/v1/public/tickets/" + token + "x", null).status()).isEqualTo(404);
            assertThat(http.get("/api/v1/branches/test/appointments?date=2026-11-23", STAFF).status())
                    .isEqualTo(200);
            // and failures that carry the same values
            assertThat(http.post("/api/v1/branches/test/check-ins", KIOSK, "{\"code\":\"" + CODE
                    + "ZZ\"}").status()).isEqualTo(404);
            assertThat(http.post("/api/v1/branches/test/appointments", INTEGRATION, "{\"service\":\"pas\","
                    + "\"start\":\"2026-11-23T10:10:00+01:00\",\"durationMinutes\":15,\"code\":\"" + CODE
                    + "\"}").status()).isEqualTo(409);

            // then the log has the requests, but none of the personal values
            List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).anyMatch(line -> line.contains("path=/api/v1/public/tickets/***"));
            assertThat(lines).noneMatch(line -> line.contains(CODE) || line.contains(REFERENCE)
                    || line.contains(token) || line.contains("0101701234"));
        } finally {
            root.detachAppender(captured);
        }
    }
}
