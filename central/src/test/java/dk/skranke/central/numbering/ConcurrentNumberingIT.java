package dk.skranke.central.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.central.testing.TestConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrentNumberingIT {
    private static final List<String> SERVICES = List.of("pas", "koerekort", "flytning");
    private static final Map<String, String> PREFIX = Map.of("pas", "P", "koerekort", "K", "flytning", "F");

    @Test
    void fifty_concurrent_clients_issuing_5000_tickets_get_5000_distinct_numbers_without_gaps() throws Exception {
        // Service times of seconds, so 5,000 waiting tickets still fit before closing time.
        String yaml = TestConfig.yaml().replaceAll("defaultServiceTime: \\d+m", "defaultServiceTime: 1s");
        try (TestCentral central = TestCentral.start(yaml, MutableClock.at("2026-11-23T10:00:00+01:00"))) {
            // given 50 clients sharing 5,000 requests over 3 services
            Http http = central.http();
            AtomicInteger remaining = new AtomicInteger(5000);
            ConcurrentLinkedQueue<String[]> issued = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(50);
            List<Future<?>> done = new ArrayList<>();

            // when they all issue at once
            for (int c = 0; c < 50; c++) {
                done.add(clients.submit(() -> {
                    int n;
                    while ((n = remaining.getAndDecrement()) > 0) {
                        String service = SERVICES.get(n % 3);
                        Http.Response r = http.post("/api/v1/branches/test/tickets", TestConfig.KIOSK,
                                "{\"service\":\"" + service + "\"}");
                        assertThat(r.status()).as(r.body()).isEqualTo(201);
                        issued.add(new String[] {service, r.text("number"), r.text("id")});
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();

            // then 5,000 distinct numbers, and each service numbered 1..n with no gap
            assertThat(issued).hasSize(5000);
            assertThat(issued.stream().map(t -> t[1]).collect(Collectors.toSet())).hasSize(5000);
            assertThat(issued.stream().map(t -> t[2]).collect(Collectors.toSet())).hasSize(5000);
            Map<String, List<String>> byService = issued.stream().collect(Collectors.groupingBy(t -> t[0],
                    TreeMap::new, Collectors.mapping(t -> t[1], Collectors.toList())));
            for (String service : SERVICES) {
                List<String> numbers = byService.get(service);
                Set<String> expected = IntStream.rangeClosed(1, numbers.size())
                        .mapToObj(i -> PREFIX.get(service) + (i < 1000 ? String.format("%03d", i) : "" + i))
                        .collect(Collectors.toCollection(HashSet::new));
                assertThat(new HashSet<>(numbers)).as(service).isEqualTo(expected);
            }
        }
    }
}
