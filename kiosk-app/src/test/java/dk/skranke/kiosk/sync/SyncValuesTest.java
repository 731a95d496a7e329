package dk.skranke.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncValuesTest {
    private static final Instant READ_AT = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void a_branch_does_not_change_when_the_lists_it_was_built_from_do() {
        // given lists the caller keeps
        List<String> desk = new ArrayList<>(List.of("pas"));
        List<List<String>> desks = new ArrayList<>(List.of(desk));
        List<String> intervals = new ArrayList<>(List.of("09:00-12:00"));
        BranchInfo branch = new BranchInfo("b", "Branch", null, new ArrayList<>(), desks,
                new BranchInfo.Today(LocalDate.of(2026, 11, 23), intervals, false, true, null));
        // when the caller changes them
        desk.add("andet");
        desks.add(List.of("pas"));
        intervals.clear();
        // then the branch still has what it was given, and its lists cannot be changed
        assertThat(branch.deskServices()).containsExactly(List.of("pas"));
        assertThat(branch.desksServing("andet")).isEqualTo(1);
        assertThat(branch.today().intervals()).containsExactly("09:00-12:00");
        assertThatThrownBy(() -> branch.deskServices().get(0).add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void queue_counts_keep_centrals_order_of_services_and_cannot_be_changed() throws Exception {
        // given central's queue with services in its order
        String body = "{\"services\":[{\"service\":\"pas\",\"waiting\":3,\"estimatedWaitMinutes\":12},"
                + "{\"service\":\"andet\",\"waiting\":1,\"estimatedWaitMinutes\":4},"
                + "{\"service\":\"kørekort\",\"waiting\":0,\"estimatedWaitMinutes\":0}]}";
        // when
        QueueCounts counts = QueueCounts.parse(new ObjectMapper().readTree(body), READ_AT);
        // then
        assertThat(counts.services().keySet()).containsExactly("pas", "andet", "kørekort");
        assertThat(counts.of("andet")).isEqualTo(new QueueCounts.ServiceQueue(1, 4));
        assertThatThrownBy(() -> counts.services().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void queue_counts_are_a_copy_of_the_map_given() {
        // given
        Map<String, QueueCounts.ServiceQueue> services = new LinkedHashMap<>();
        services.put("pas", new QueueCounts.ServiceQueue(2, 8));
        QueueCounts counts = new QueueCounts(services, READ_AT);
        // when
        services.put("andet", new QueueCounts.ServiceQueue(1, 4));
        // then
        assertThat(counts.services()).containsOnlyKeys("pas");
        assertThat(counts.of("andet")).isEqualTo(QueueCounts.EMPTY);
    }
}
