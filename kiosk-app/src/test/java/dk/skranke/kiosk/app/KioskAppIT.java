package dk.skranke.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.hardware.printer.PrinterStatus;
import dk.skranke.kiosk.journal.OutboxEntry;
import dk.skranke.kiosk.testing.FakeCentral;
import dk.skranke.kiosk.testing.LocalApi;
import dk.skranke.kiosk.testing.RunningKiosk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskAppIT {
    @TempDir
    Path data;
    RunningKiosk kiosk;
    FakeCentral central;

    @BeforeEach
    void start() {
        kiosk = new RunningKiosk(data).ready();
        central = kiosk.central;
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void issues_a_ticket_from_central_and_prints_it_in_the_chosen_language() throws Exception {
        LocalApi.Reply reply = kiosk.api().post("/api/tickets", "{\"service\":\"pas\",\"language\":\"en\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode t = reply.json();
        assertThat(t.path("number").asText()).isEqualTo("P006"); // 1-5 are this kiosk's block
        assertThat(t.path("kind").asText()).isEqualTo("walk-in");
        assertThat(t.path("offline").asBoolean()).isFalse();
        assertThat(t.path("printed").asBoolean()).isTrue();
        assertThat(t.path("printer").asText()).isEqualTo("ok");
        assertThat(t.path("statusUrl").asText()).startsWith(FakeCentral.STATUS_BASE);
        assertThat(t.has("appointmentStart")).isTrue();
        JsonNode sent = central.bodies("/tickets").get(0);
        assertThat(sent.path("language").asText()).isEqualTo("en");
        assertThat(sent.path("clientRequestId").asText()).matches("kiosk-1:20261123:t-[a-z0-9]{12}");
        assertThat(printedFiles()).containsExactly("ticket-0001-P006.bin");
    }

    @Test
    void falls_back_to_offline_issuing_within_the_timeout_when_central_hangs() {
        central.mode(FakeCentral.Mode.HANG);

        long start = System.nanoTime();
        LocalApi.Reply reply = kiosk.issue("pas");
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(millis).isLessThan(1_500);
        JsonNode t = reply.json();
        assertThat(t.path("offline").asBoolean()).isTrue();
        assertThat(t.path("number").asText()).isEqualTo("P001");
        assertThat(t.path("issuedAt").asText()).isEqualTo("2026-11-23T10:15:00.000+01:00");
        assertThat(t.path("statusUrl").asText()).matches("http://central\\.test/t/[A-Za-z0-9_-]{32}");
        assertThat(t.path("printed").asBoolean()).isTrue();
        OutboxEntry entry = kiosk.app().journal().pending().get(0);
        assertThat(entry.number()).isEqualTo("P001");
        assertThat(t.path("statusUrl").asText()).endsWith(entry.publicToken());
    }

    @Test
    void offline_numbers_never_repeat_never_pass_the_block_and_then_run_out() {
        central.mode(FakeCentral.Mode.DOWN);

        List<String> numbers = Stream.generate(() -> kiosk.issue("pas")).limit(5)
                .map(r -> r.json().path("number").asText()).toList();
        LocalApi.Reply sixth = kiosk.issue("pas");

        assertThat(numbers).containsExactly("P001", "P002", "P003", "P004", "P005");
        assertThat(sixth.status()).isEqualTo(503);
        assertThat(sixth.error()).isEqualTo("unavailable");
        assertThat(kiosk.issue("koerekort").json().path("number").asText()).isEqualTo("K001");
    }

    @Test
    void counts_offline_tickets_into_people_ahead_and_the_state() {
        central.waiting("pas", 2);
        kiosk.app().refreshNow();
        central.mode(FakeCentral.Mode.DOWN);

        JsonNode first = kiosk.issue("pas").json();
        JsonNode second = kiosk.issue("pas").json();

        assertThat(first.path("waitingAhead").asInt()).isEqualTo(2);
        assertThat(first.path("estimatedWaitMinutes").asInt()).isEqualTo(10);
        assertThat(second.path("waitingAhead").asInt()).isEqualTo(3);
        assertThat(second.path("estimatedWaitMinutes").asInt()).isEqualTo(15);
        JsonNode pas = kiosk.api().get("/api/state").json().path("services").get(0);
        assertThat(pas.path("waiting").asInt()).isEqualTo(4);
    }

    @Test
    void refills_a_block_that_runs_low_and_reserves_anew_on_a_new_day() {
        central.mode(FakeCentral.Mode.DOWN);
        Stream.generate(() -> kiosk.issue("pas")).limit(4).forEach(r -> assertThat(r.status()).isEqualTo(201));
        central.mode(FakeCentral.Mode.NORMAL);

        kiosk.app().topUpNumbersNow();

        assertThat(kiosk.app().journal().remaining("pas", kiosk.today())).isEqualTo(6);

        kiosk.clock.advance(Duration.ofDays(1));
        kiosk.app().refreshNow();
        central.mode(FakeCentral.Mode.DOWN);
        LocalApi.Reply nextDay = kiosk.issue("pas");

        assertThat(kiosk.app().journal().remaining("andet", kiosk.today())).isEqualTo(5);
        assertThat(nextDay.json().path("issuedAt").asText()).startsWith("2026-11-24T");
        assertThat(nextDay.json().path("number").asText()).isEqualTo("P001");
        assertThat(kiosk.app().journal().outbox()).last().extracting(OutboxEntry::day).isEqualTo("2026-11-24");
    }

    @Test
    void passes_central_s_closed_answer_through_and_shows_it_in_the_state() {
        central.refuseWalkIns("last-ticket-passed", "2026-11-24T10:00:00+01:00");

        LocalApi.Reply reply = kiosk.issue("pas");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("error").asText()).isEqualTo("closed");
        assertThat(reply.json().path("reason").asText()).isEqualTo("last-ticket-passed");
        assertThat(reply.json().path("opensAt").asText()).isEqualTo("2026-11-24T10:00:00+01:00");
        JsonNode hours = kiosk.api().get("/api/state").json().path("hours");
        assertThat(hours.path("walkInsNow").asBoolean()).isFalse();
        assertThat(hours.path("reason").asText()).isEqualTo("last-ticket-passed");
    }

    @Test
    void refuses_offline_tickets_outside_the_cached_hours_of_today() {
        central.intervals(List.of("06:00-07:00"));
        kiosk.app().refreshNow();
        central.mode(FakeCentral.Mode.DOWN);

        LocalApi.Reply reply = kiosk.issue("pas");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("reason").asText()).isEqualTo("closed");
        assertThat(reply.json().path("opensAt").asText()).isEqualTo("2026-11-24T10:00:00+01:00");
        assertThat(kiosk.app().journal().outbox()).isEmpty();
    }

    @Test
    void checks_in_through_central_and_passes_its_refusals_through() {
        LocalApi.Reply ok = kiosk.api().post("/api/check-ins", "{\"code\":\"VMWTPN\",\"language\":\"en\"}");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().path("kind").asText()).isEqualTo("appointment");
        assertThat(ok.json().path("appointmentStart").isTextual()).isTrue();
        assertThat(ok.json().path("printed").asBoolean()).isTrue();

        LocalApi.Reply early = kiosk.api().post("/api/check-ins", "{\"code\":\"EARLY1\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.error()).isEqualTo("too-early");
        assertThat(early.json().has("opensAt") && early.json().has("start") && early.json().has("closesAt")).isTrue();
        assertThat(kiosk.api().post("/api/check-ins", "{\"code\":\"LATE01\"}").error()).isEqualTo("too-late");
        LocalApi.Reply unknown = kiosk.api().post("/api/check-ins", "{\"code\":\"QQQQQQ\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("unknown-code");
        LocalApi.Reply invalid = kiosk.api().post("/api/check-ins", "{\"code\":\"Q!\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("field").asText()).isEqualTo("code");

        central.mode(FakeCentral.Mode.DOWN);
        int asked = central.requests("/check-ins").size();
        LocalApi.Reply offline = kiosk.api().post("/api/check-ins", "{\"code\":\"VMWTPN\"}");
        assertThat(offline.status()).isEqualTo(503);
        assertThat(offline.error()).isEqualTo("offline");
        // asked twice: a check-in central stored but answered too late is safe to ask for again
        assertThat(central.requests("/check-ins")).hasSize(asked + 2);
    }

    @Test
    void tells_central_at_once_when_the_printer_status_changes() {
        int before = central.heartbeats().size();

        kiosk.printer().setStatus(PrinterStatus.PAPER_NEAR_END);

        await().atMost(Duration.ofSeconds(5)).until(() -> central.heartbeats().stream().skip(before)
                .anyMatch(h -> h.path("printer").asText().equals("near-end")));
        JsonNode heartbeat = central.heartbeats().get(central.heartbeats().size() - 1);
        assertThat(heartbeat.path("version").asText()).isEqualTo(KioskApp.VERSION);
        assertThat(heartbeat.path("details").path("pending").asInt()).isZero();
    }

    @Test
    void sends_nothing_to_a_printer_out_of_paper_and_reports_it() throws Exception {
        kiosk.printer().setStatus(PrinterStatus.PAPER_OUT);

        LocalApi.Reply reply = kiosk.issue("pas");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("printed").asBoolean()).isFalse();
        assertThat(reply.json().path("printer").asText()).isEqualTo("paper-out");
        assertThat(printedFiles()).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> central.heartbeats().stream()
                .anyMatch(h -> h.path("printer").asText().equals("paper-out")));
        assertThat(kiosk.api().get("/api/health").json().path("printer").asText()).isEqualTo("paper-out");
    }

    @Test
    void journals_nudge_answers_and_sends_them() {
        LocalApi.Reply reply = kiosk.api().post("/api/nudges",
                "{\"service\":\"pas\",\"outcome\":\"deflected\",\"language\":\"en\"}");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body()).isEqualTo("{}");
        await().atMost(Duration.ofSeconds(5)).until(() -> kiosk.app().journal().pendingCount() == 0);
        JsonNode sent = central.bodies("/nudges").get(0);
        assertThat(sent.path("outcome").asText()).isEqualTo("deflected");
        assertThat(sent.path("language").asText()).isEqualTo("en");
        assertThat(sent.path("clientRequestId").asText()).startsWith("kiosk-1:20261123:n-");
    }

    @Test
    void replays_by_itself_once_central_answers_again() {
        central.mode(FakeCentral.Mode.DOWN);
        kiosk.issue("pas");
        kiosk.api().post("/api/nudges", "{\"service\":\"pas\",\"outcome\":\"declined\"}");
        assertThat(kiosk.app().online()).isFalse();
        assertThat(kiosk.api().get("/api/health").json().path("pending").asInt()).isEqualTo(2);

        central.mode(FakeCentral.Mode.NORMAL);
        kiosk.app().heartbeatNow();

        await().atMost(Duration.ofSeconds(5)).until(() -> kiosk.app().journal().pendingCount() == 0);
        assertThat(central.offlineTickets()).extracting(t -> t.path("number").asText()).containsExactly("P001");
    }

    @Test
    void describes_branch_services_hours_and_connection_in_the_state() {
        JsonNode state = kiosk.api().get("/api/state").json();

        assertThat(state.path("branch").path("id").asText()).isEqualTo("dragoer");
        assertThat(state.path("branch").path("name").asText()).isEqualTo("Borgerservice Dragør");
        assertThat(state.path("languages")).hasSize(2);
        assertThat(state.path("idleSeconds").asInt()).isEqualTo(60);
        assertThat(state.path("online").asBoolean()).isTrue();
        assertThat(state.path("printer").asText()).isEqualTo("ok");
        assertThat(state.path("hours").path("walkInsNow").asBoolean()).isTrue();
        assertThat(state.path("hours").path("todayIntervals").get(0).asText()).isEqualTo("00:00-23:59");
        JsonNode pas = state.path("services").get(0);
        assertThat(pas.path("id").asText()).isEqualTo("pas");
        assertThat(pas.path("name").path("en").asText()).isEqualTo("Passport");
        assertThat(pas.path("selfServiceUrl").asText()).isEqualTo("https://www.borger.dk/");
        assertThat(pas.path("nudge").path("da").asText()).isNotBlank();
        assertThat(pas.path("waiting").asInt()).isZero();
        assertThat(state.path("services").get(2).path("nudge").isNull()).isTrue();
        assertThat(state.has("digitalChannels")).isTrue();

        central.mode(FakeCentral.Mode.DOWN);
        kiosk.issue("pas");
        JsonNode offline = kiosk.api().get("/api/state").json();
        assertThat(offline.path("online").asBoolean()).isFalse();
        assertThat(offline.path("services").get(0).path("waiting").asInt()).isEqualTo(1);
    }

    @Test
    void reports_health_exactly_as_documented() {
        LocalApi.Reply health = kiosk.api().get("/api/health");

        assertThat(health.body()).isEqualTo("{\"status\":\"ok\",\"online\":true,\"printer\":\"ok\",\"pending\":0}");
    }

    @Test
    void serves_the_page_its_texts_and_qr_codes() throws Exception {
        LocalApi.Reply page = kiosk.api().get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        LocalApi.Reply script = kiosk.api().get("/assets/kiosk.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");

        for (String language : List.of("da", "en")) {
            LocalApi.Reply texts = kiosk.api().get("/api/texts/" + language);
            assertThat(texts.status()).isEqualTo(200);
            java.util.Properties bundle = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream("i18n/kiosk_" + language + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(texts.json().size()).isEqualTo(bundle.size());
            bundle.forEach((k, v) -> assertThat(texts.json().path((String) k).asText()).isEqualTo(v));
        }

        LocalApi.Reply qr = kiosk.api().get("/api/qr?data=" + java.net.URLEncoder.encode(
                "https://www.borger.dk/", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<svg");
    }

    private List<String> printedFiles() throws Exception {
        Path dir = kiosk.printer().directory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bin")).sorted().toList();
        }
    }
}
