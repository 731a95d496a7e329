package dk.skranke.central.events;

import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.central.testing.TestConfig;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Clients that open the branch stream and never read (a phone on a bad connection, a frozen TV)
 * must not delay a display that reads. Before the fix their blocked writes held all four shared
 * sender threads until Jetty's idle timeout, and the reading display got the last event 28 s late.
 */
class StalledClientsIT {
    private static final int STALLED = 8; // twice the hub's sender threads
    /**
     * About 3 MB of events: the kernel takes the first 2.5 MB or so of a stalled connection (send
     * buffers autotune to 4 MB on loopback), so only then do writes to it stop completing.
     */
    private static final int TICKETS = 7_000;
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");

    @Test
    void a_display_that_reads_gets_every_event_at_once_while_stalled_clients_are_dropped() throws Exception {
        String yaml = TestConfig.yaml().replaceAll("defaultServiceTime: \\d+m", "defaultServiceTime: 1s");
        try (TestCentral central = TestCentral.start(yaml, clock)) {
            // given eight clients that open the stream and never read, beside one display that reads
            List<Socket> stalled = new ArrayList<>();
            for (int i = 0; i < STALLED; i++) {
                stalled.add(openAndNeverRead(central.app().port()));
            }
            SseClient reading = SseClient.connect(central.baseUrl(), BRANCH, DISPLAY, null);
            await().until(() -> central.app().liveSubscribers() == STALLED + 1);

            // when 7,000 tickets are issued
            issue(central.http(), TICKETS);

            // then the reading display has had every ticket's event within a few seconds of the last one
            await().atMost(Duration.ofSeconds(5)).until(() -> issuedEvents(reading) == TICKETS);
            // and the stalled clients were dropped (they would resume with Last-Event-ID), the reader was not
            await().atMost(Duration.ofSeconds(5)).until(() -> central.app().liveSubscribers() == 1);
            assertThat(reading.events()).extracting(SseClient.Event::id).isSorted().doesNotHaveDuplicates();
            reading.close();
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** A stream request on a socket with a tiny receive window that is never read from. */
    private static Socket openAndNeverRead(int port) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/branches/" + BRANCH + "/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: text/event-stream\r\nAuthorization: Bearer " + DISPLAY + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void issue(Http http, int tickets) throws Exception {
        ExecutorService kiosks = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < tickets; i++) {
                String service = List.of("pas", "koerekort", "flytning").get(i % 3);
                answers.add(kiosks.submit(() -> http.post("/api/v1/branches/" + BRANCH + "/tickets", KIOSK,
                        "{\"service\":\"" + service + "\"}").status()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            kiosks.shutdown();
        }
    }

    private static long issuedEvents(SseClient client) {
        return client.events().stream().filter(e -> e.name().equals("ticket.issued")).count();
    }
}
