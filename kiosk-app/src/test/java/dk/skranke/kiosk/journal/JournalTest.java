package dk.skranke.kiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:15:02.114+01:00");

    @TempDir
    java.nio.file.Path dir;

    @Test
    void issues_distinct_numbers_from_the_block_and_never_beyond_it() {
        try (Journal journal = Journal.open(dir)) {
            journal.addBlock("pas", TODAY, 4, 8, Instant.EPOCH);

            Set<String> numbers = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                numbers.add(issue(journal, "pas", "crid-" + i).orElseThrow().number());
            }

            assertThat(numbers).containsExactlyInAnyOrder("P004", "P005", "P006", "P007", "P008");
            assertThat(issue(journal, "pas", "crid-5")).isEmpty();
            assertThat(journal.remaining("pas", TODAY)).isZero();
            assertThat(journal.outbox()).hasSize(5);
        }
    }

    @Test
    void moves_on_to_the_next_block_of_the_same_day() {
        try (Journal journal = Journal.open(dir)) {
            journal.addBlock("pas", TODAY, 60, 61, Instant.EPOCH);
            journal.addBlock("pas", TODAY, 4, 4, Instant.EPOCH);

            assertThat(List.of(issue(journal, "pas", "a"), issue(journal, "pas", "b"), issue(journal, "pas", "c")))
                    .extracting(t -> t.orElseThrow().number()).containsExactly("P004", "P060", "P061");
        }
    }

    @Test
    void never_uses_a_block_of_another_day() {
        try (Journal journal = Journal.open(dir)) {
            journal.addBlock("pas", TODAY.minusDays(1), 1, 50, Instant.EPOCH);
            journal.addBlock("koerekort", TODAY, 1, 50, Instant.EPOCH);

            assertThat(issue(journal, "pas", "a")).isEmpty();
            assertThat(journal.remaining("pas", TODAY)).isZero();
        }
    }

    @Test
    void ignores_a_block_it_already_holds() {
        try (Journal journal = Journal.open(dir)) {
            assertThat(journal.addBlock("pas", TODAY, 4, 53, Instant.EPOCH)).isTrue();
            assertThat(journal.addBlock("pas", TODAY, 4, 53, Instant.EPOCH)).isFalse();
            assertThat(journal.remaining("pas", TODAY)).isEqualTo(50);
        }
    }

    @Test
    void keeps_tickets_blocks_and_cache_across_a_reopen() {
        try (Journal journal = Journal.open(dir)) {
            journal.addBlock("pas", TODAY, 4, 53, Instant.EPOCH);
            issue(journal, "pas", "kiosk-1:20261123:o-1");
            journal.addNudge("kiosk-1:20261123:n-1", "pas", "deflected", "en", NOW);
            journal.saveCache("branch", "{\"id\":\"dragoer\"}", Instant.ofEpochMilli(42));
        }
        try (Journal reopened = Journal.open(dir)) {
            List<OutboxEntry> outbox = reopened.pending();
            assertThat(outbox).extracting(OutboxEntry::kind).containsExactly(OutboxEntry.Kind.TICKET,
                    OutboxEntry.Kind.NUDGE);
            OutboxEntry ticket = outbox.get(0);
            assertThat(ticket.number()).isEqualTo("P004");
            assertThat(ticket.issuedAt()).isEqualTo("2026-11-23T10:15:02.114+01:00");
            assertThat(ticket.publicToken()).isEqualTo("token-kiosk-1:20261123:o-1");
            assertThat(outbox.get(1).outcome()).isEqualTo("deflected");
            assertThat(reopened.remaining("pas", TODAY)).isEqualTo(49);
            assertThat(reopened.cache("branch")).contains(new CachedJson("{\"id\":\"dragoer\"}",
                    Instant.ofEpochMilli(42)));
            assertThat(issue(reopened, "pas", "x").orElseThrow().number()).isEqualTo("P005");
        }
    }

    @Test
    void keeps_sent_and_rejected_entries_with_central_s_error() {
        try (Journal journal = Journal.open(dir)) {
            journal.addBlock("pas", TODAY, 1, 5, Instant.EPOCH);
            long sent = issue(journal, "pas", "a").orElseThrow().outboxId();
            long rejected = issue(journal, "pas", "b").orElseThrow().outboxId();

            journal.markSent(sent, Instant.EPOCH);
            journal.markRejected(rejected, "409 {\"error\":\"number-taken\"}");

            assertThat(journal.pending()).isEmpty();
            assertThat(journal.pendingCount()).isZero();
            assertThat(journal.outbox()).extracting(OutboxEntry::state, OutboxEntry::error).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(OutboxEntry.State.SENT, null),
                    org.assertj.core.groups.Tuple.tuple(OutboxEntry.State.REJECTED, "409 {\"error\":\"number-taken\"}"));
        }
    }

    @Test
    void counts_offline_tickets_a_queue_read_cannot_contain_yet() {
        try (Journal journal = Journal.open(dir)) {
            journal.addBlock("pas", TODAY, 1, 5, Instant.EPOCH);
            long early = issue(journal, "pas", "a").orElseThrow().outboxId();
            long late = issue(journal, "pas", "b").orElseThrow().outboxId();
            issue(journal, "pas", "c");
            journal.markSent(early, Instant.ofEpochMilli(1_000));
            journal.markSent(late, Instant.ofEpochMilli(3_000));

            assertThat(journal.offlineTicketsSince(TODAY, Instant.ofEpochMilli(2_000))).isEqualTo(Map.of("pas", 2));
            assertThat(journal.offlineTicketsSince(TODAY.plusDays(1), null)).isEmpty();
        }
    }

    private static Optional<OfflineTicket> issue(Journal journal, String service, String requestId) {
        return journal.issueOffline(service, service.equals("pas") ? "P" : "K", TODAY, "da", NOW,
                "token-" + requestId, requestId);
    }
}
