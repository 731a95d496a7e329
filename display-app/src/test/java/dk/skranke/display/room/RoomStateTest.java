package dk.skranke.display.room;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.core.i18n.Language;
import dk.skranke.core.i18n.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomStateTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final RoomState.Rules RULES = new RoomState.Rules(5, Duration.ofSeconds(60));
    private static final BranchInfo BRANCH = new BranchInfo("dragoer", "Borgerservice Dragør",
            List.of(new BranchInfo.ServiceName("pas", new LocalizedText("Pas", "Passport"))),
            List.of(new BranchInfo.DeskName("1", "Skranke 1"), new BranchInfo.DeskName("2", "Skranke 2")));

    private long nextId = 1;

    private RoomEvent ticketEvent(String type, String ticketId, String number, String desk, String status, int calls,
            Instant calledAt) {
        return new RoomEvent(nextId++, type, new RoomEvent.TicketData(ticketId, number, "pas", status, desk,
                Language.DA, calledAt, calls), null, null, Map.of("pas", 2));
    }

    private RoomEvent called(String ticketId, String number, String desk) {
        return ticketEvent("ticket.called", ticketId, number, desk, "called", 1, NOW);
    }

    private static RoomState empty() {
        return RoomState.initial("dragoer", NOW, -1).rebuild(BRANCH, new QueueSnapshot(Map.of(), List.of())).state();
    }

    @Test
    void a_call_is_served_now_shown_on_the_desk_display_and_announced() {
        Transition t = empty().apply(called("t_1", "P001", "1"), NOW, RULES);

        assertThat(t.state().nowServing()).extracting(CalledTicket::number, CalledTicket::desk)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P001", "1"));
        assertThat(t.state().deskName("1")).isEqualTo("Skranke 1");
        assertThat(t.effects()).containsExactly(new Effect.ShowNumber("1", "t_1", "P001", NOW),
                new Effect.Announce("P001", "1", Language.DA));
        assertThat(t.state().waiting()).containsEntry("pas", 2);
        assertThat(t.state().lastEventId()).isEqualTo(1);
    }

    @Test
    void the_newest_call_comes_first_and_a_desk_shows_only_its_latest_ticket() {
        RoomState room = empty();
        room = room.apply(called("t_1", "P001", "1"), NOW, RULES).state();
        room = room.apply(called("t_2", "P002", "2"), NOW, RULES).state();
        room = room.apply(called("t_3", "P003", "1"), NOW, RULES).state();

        assertThat(room.nowServing()).extracting(CalledTicket::number).containsExactly("P003", "P002");
        assertThat(room.history()).extracting(CalledTicket::number).containsExactly("P003", "P002", "P001");
    }

    @Test
    void a_recall_moves_the_ticket_to_the_top_with_a_new_call_key_and_is_announced_again() {
        RoomState room = empty();
        room = room.apply(called("t_1", "P001", "1"), NOW, RULES).state();
        room = room.apply(called("t_2", "P002", "2"), NOW, RULES).state();
        String firstKey = room.currentAt("1").orElseThrow().callKey();

        Transition t = room.apply(ticketEvent("ticket.recalled", "t_1", "P001", "1", "called", 2, NOW), NOW, RULES);

        assertThat(t.state().nowServing()).extracting(CalledTicket::number).containsExactly("P001", "P002");
        assertThat(t.state().nowServing().get(0).callKey()).isNotEqualTo(firstKey);
        assertThat(t.state().history()).extracting(CalledTicket::number).containsExactly("P001", "P002");
        assertThat(t.effects()).contains(new Effect.Announce("P001", "1", Language.DA));
    }

    @Test
    void a_finished_ticket_leaves_now_serving_and_blanks_its_desk_display_but_stays_in_the_history() {
        RoomState room = empty().apply(called("t_1", "P001", "1"), NOW, RULES).state();

        Transition t = room.apply(ticketEvent("ticket.finished", "t_1", "P001", "1", "done", 1, NOW), NOW, RULES);

        assertThat(t.state().nowServing()).isEmpty();
        assertThat(t.state().history()).extracting(CalledTicket::number).containsExactly("P001");
        assertThat(t.effects()).containsExactly(new Effect.ClearDesk("1", "t_1"));
    }

    @Test
    void a_started_ticket_stays_at_its_desk_as_serving() {
        RoomState room = empty().apply(called("t_1", "P001", "1"), NOW, RULES).state();

        Transition t = room.apply(ticketEvent("ticket.started", "t_1", "P001", "1", "serving", 1, NOW), NOW, RULES);

        assertThat(t.state().currentAt("1")).get().extracting(CalledTicket::status).isEqualTo("serving");
        assertThat(t.effects()).isEmpty();
    }

    @Test
    void a_transfer_ends_the_ticket_it_came_from() {
        RoomState room = empty().apply(called("t_1", "K001", "2"), NOW, RULES).state();
        RoomEvent transfer = new RoomEvent(nextId++, "ticket.transferred",
                new RoomEvent.TicketData("t_9", "K001", "pas", "waiting", null, Language.EN, null, 0),
                new RoomEvent.TicketData("t_1", "K001", "koerekort", "transferred", "2", Language.EN, NOW, 1),
                null, Map.of("pas", 3));

        Transition t = room.apply(transfer, NOW, RULES);

        assertThat(t.state().nowServing()).isEmpty();
        assertThat(t.effects()).containsExactly(new Effect.ClearDesk("2", "t_1"));
        assertThat(t.state().waiting()).containsEntry("pas", 3);
    }

    @Test
    void an_event_at_or_below_the_last_applied_id_changes_nothing() {
        RoomEvent call = called("t_1", "P001", "1");
        RoomState room = empty().apply(call, NOW, RULES).state();

        Transition again = room.apply(call, NOW, RULES);

        assertThat(again.state()).isEqualTo(room);
        assertThat(again.effects()).isEmpty();
    }

    @Test
    void a_call_older_than_the_announce_window_is_shown_but_not_said() {
        RoomEvent old = ticketEvent("ticket.called", "t_1", "P001", "1", "called", 1, NOW.minusSeconds(600));

        Transition t = empty().apply(old, NOW, RULES);

        assertThat(t.effects()).containsExactly(new Effect.ShowNumber("1", "t_1", "P001", NOW.minusSeconds(600)));
        assertThat(t.state().nowServing()).hasSize(1);
    }

    @Test
    void an_english_ticket_is_announced_in_english() {
        RoomEvent call = new RoomEvent(nextId++, "ticket.called", new RoomEvent.TicketData("t_1", "P001", "pas",
                "called", "1", Language.EN, NOW, 1), null, null, null);

        assertThat(empty().apply(call, NOW, RULES).effects()).contains(new Effect.Announce("P001", "1", Language.EN));
    }

    @Test
    void the_history_keeps_only_the_configured_number_of_calls_newest_first() {
        RoomState room = empty();
        for (int i = 1; i <= 8; i++) {
            room = room.apply(called("t_" + i, "P00" + i, "1"), NOW, RULES).state();
        }

        assertThat(room.history()).extracting(CalledTicket::number)
                .containsExactly("P008", "P007", "P006", "P005", "P004");
    }

    @Test
    void rebuilding_from_the_queue_shows_each_desks_current_ticket_and_blanks_the_others() {
        RoomState room = empty().apply(called("t_1", "P001", "1"), NOW, RULES).state();
        QueueSnapshot queue = new QueueSnapshot(Map.of("pas", 4), List.of(
                new QueueSnapshot.DeskNow("1", "Skranke 1", new QueueSnapshot.Current("t_1", "P001", "pas", "serving", 1)),
                new QueueSnapshot.DeskNow("2", "Skranke 2", null),
                new QueueSnapshot.DeskNow("3", "Skranke 3", new QueueSnapshot.Current("t_7", "K002", "koerekort", "called", 2))));

        Transition t = room.rebuild(BRANCH, queue);

        assertThat(t.state().nowServing()).extracting(CalledTicket::number).containsExactly("P001", "K002");
        assertThat(t.state().currentAt("1").orElseThrow().calledAt()).isEqualTo(NOW);
        assertThat(t.state().waiting()).containsEntry("pas", 4);
        assertThat(t.effects()).containsExactly(new Effect.ShowNumber("1", "t_1", "P001", NOW),
                new Effect.ClearDesk("2", null), new Effect.ShowNumber("3", "t_7", "K002", null));
    }

    @Test
    void a_renamed_desk_is_shown_by_its_new_name() {
        RoomEvent renamed = new RoomEvent(nextId++, "desk.changed", null, null,
                new RoomEvent.DeskData("2", "Skranke 2 (pas)"), Map.of("pas", 1));

        RoomState room = empty().apply(renamed, NOW, RULES).state();

        assertThat(room.deskName("2")).isEqualTo("Skranke 2 (pas)");
        assertThat(room.waiting()).containsEntry("pas", 1);
    }

    @Test
    void the_connection_state_changes_with_its_time() {
        RoomState room = empty().withConnection(Connection.LIVE, NOW).withConnection(Connection.LOST, NOW.plusSeconds(5));

        assertThat(room.connection()).isEqualTo(Connection.LOST);
        assertThat(room.connectionSince()).isEqualTo(NOW.plusSeconds(5));
    }
}
