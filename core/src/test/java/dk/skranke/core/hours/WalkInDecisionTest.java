package dk.skranke.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.skranke.core.error.ConflictException;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WalkInDecisionTest {
    private static final ZonedDateTime TOMORROW_TEN = ZonedDateTime.parse("2026-11-24T10:00:00+01:00[Europe/Copenhagen]");

    @Test
    void an_accepted_walk_in_passes() {
        assertThatCode(() -> WalkInDecision.accept(null).requireAccepted()).doesNotThrowAnyException();
    }

    @Test
    void a_refused_walk_in_is_a_closed_conflict_with_the_reason_in_wire_form_and_when_it_opens() {
        ConflictException e = catchThrowableOfType(ConflictException.class,
                () -> WalkInDecision.refuse(WalkInRefusal.LAST_TICKET_PASSED, TOMORROW_TEN, null).requireAccepted());

        assertThat(e.code()).isEqualTo("closed");
        assertThat(e.details()).containsEntry("reason", "last-ticket-passed")
                .containsEntry("opensAt", TOMORROW_TEN.toOffsetDateTime());
    }

    @Test
    void a_refusal_without_a_known_opening_has_no_opens_at() {
        ConflictException e = catchThrowableOfType(ConflictException.class,
                () -> WalkInDecision.refuse(WalkInRefusal.CLOSED, null, null).requireAccepted());

        assertThat(e.details()).containsEntry("reason", "closed").doesNotContainKey("opensAt");
    }
}
