package dk.skranke.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.hardware.printer.TicketEncoder;
import dk.skranke.kiosk.testing.FakeCentral;
import dk.skranke.kiosk.testing.LocalApi;
import dk.skranke.kiosk.testing.RunningKiosk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kiosk decides and prints every time in the branch's zone (Europe/Copenhagen), whatever zone the host is
 * in: a Raspberry Pi left on UTC, a machine far east, and this JVM's default zone (kiosk-app's pom runs this
 * class once more with {@code TZ=UTC}).
 */
class BranchTimeZoneIT {
    private static final ZoneId BRANCH = ZoneId.of("Europe/Copenhagen");
    private static final ZonedDateTime MONDAY_10_15 = ZonedDateTime.of(2026, 11, 23, 10, 15, 0, 0, BRANCH);

    @TempDir
    Path data;

    static Stream<ZoneId> hostZones() {
        return Stream.of(ZoneId.of("UTC"), ZoneId.of("Pacific/Auckland"), ZoneId.systemDefault());
    }

    @ParameterizedTest(name = "host zone {0}")
    @MethodSource("hostZones")
    void an_offline_walk_in_is_issued_while_the_branch_is_open_whatever_the_host_zone(ZoneId host) {
        // given a branch open 10:00-14:00, at 10:15 branch time, and central unreachable
        try (RunningKiosk kiosk = new RunningKiosk(data, MONDAY_10_15, host)) {
            kiosk.central.intervals(List.of("10:00-14:00"));
            kiosk.ready().app().refreshNow();
            kiosk.central.mode(FakeCentral.Mode.DOWN);

            // when a citizen takes a ticket
            LocalApi.Reply reply = kiosk.issue("pas");

            // then the kiosk issues it offline, and the page is told the branch is open, in the branch's zone
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            assertThat(reply.json().path("offline").asBoolean()).isTrue();
            JsonNode state = kiosk.api().get("/api/state").json();
            assertThat(state.path("hours").path("walkInsNow").asBoolean()).as(state.toString()).isTrue();
            assertThat(state.path("zone").asText()).isEqualTo("Europe/Copenhagen");
        }
    }

    @ParameterizedTest(name = "host zone {0}")
    @MethodSource("hostZones")
    void an_offline_ticket_shows_and_prints_the_branch_time_like_an_online_one(ZoneId host) {
        // given a kiosk at 10:15 branch time
        try (RunningKiosk kiosk = new RunningKiosk(data, MONDAY_10_15, host).ready()) {
            // when one ticket is issued online and one offline
            JsonNode online = kiosk.issue("pas").json();
            kiosk.central.mode(FakeCentral.Mode.DOWN);
            JsonNode offline = kiosk.issue("pas").json();

            // then both carry the branch's offset and both printed tickets say 10:15
            assertThat(offline.path("offline").asBoolean()).isTrue();
            assertThat(online.path("issuedAt").asText()).startsWith("2026-11-23T10:15").endsWith("+01:00");
            assertThat(offline.path("issuedAt").asText()).startsWith("2026-11-23T10:15").endsWith("+01:00");
            List<String> printed = printedTickets(kiosk);
            assertThat(printed).hasSize(2);
            assertThat(printed).allSatisfy(text -> assertThat(text).contains("23-11-2026 10:15"));
        }
    }

    @ParameterizedTest(name = "host zone {0}")
    @MethodSource("hostZones")
    void on_a_host_whose_date_differs_from_the_branch_the_kiosk_keeps_the_branch_day(ZoneId host) {
        // given a moment when the host's calendar shows another day than the branch's
        ZonedDateTime branchTime = otherDayOnHost(host);
        try (RunningKiosk kiosk = new RunningKiosk(data, branchTime, host).ready()) {
            // (ready: today's number blocks were reserved, which needs the kiosk and central to agree on the day)
            kiosk.central.mode(FakeCentral.Mode.DOWN);

            // when a citizen takes a ticket while central is unreachable
            LocalApi.Reply reply = kiosk.issue("pas");

            // then it comes from today's block, dated at the branch
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            assertThat(reply.json().path("issuedAt").asText()).startsWith(branchTime.toLocalDate().toString());
            assertThat(kiosk.app().journal().outbox()).singleElement()
                    .satisfies(e -> assertThat(e.day()).isEqualTo(branchTime.toLocalDate().toString()));
        }
    }

    /** 00:30 at the branch if the host is then on another date (west of it), else 23:30 (east of it). */
    private static ZonedDateTime otherDayOnHost(ZoneId host) {
        ZonedDateTime early = ZonedDateTime.of(2026, 11, 23, 0, 30, 0, 0, BRANCH);
        return early.withZoneSameInstant(host).toLocalDate().equals(early.toLocalDate()) ? early.withHour(23) : early;
    }

    private static List<String> printedTickets(RunningKiosk kiosk) {
        try (Stream<Path> files = Files.list(kiosk.printer().directory())) {
            return files.filter(f -> f.toString().endsWith(".bin")).sorted().map(f -> {
                try {
                    return new String(Files.readAllBytes(f), TicketEncoder.CP865);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
