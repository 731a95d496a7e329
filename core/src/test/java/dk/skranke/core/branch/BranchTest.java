package dk.skranke.core.branch;

import static dk.skranke.core.branch.ServiceTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.skranke.core.appointment.CheckInWindow;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.error.NotFoundException;
import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.core.queue.QueueRules;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BranchTest {

    private static final OpeningHours HOURS =
            OpeningHours.builder(ZoneId.of("Europe/Copenhagen")).weekdays(DaySchedule.of("10-14")).build();
    private static final Service PAS = service("pas", "P");
    private static final Service KOEREKORT = service("koerekort", "K");
    private static final Desk DESK_1 = new Desk("1", "Skranke 1", List.of("pas", "koerekort"), ServiceOrder.LIST);

    @Test
    void a_valid_branch_finds_its_services_and_desks() {
        // given
        Branch branch = branch("dragoer", List.of(PAS, KOEREKORT), List.of(DESK_1));

        // when / then
        assertThat(branch.service("koerekort")).isEqualTo(KOEREKORT);
        assertThat(branch.findService("pension")).isEmpty();
        assertThat(branch.desk("1")).isEqualTo(DESK_1);
    }

    @Test
    void unknown_services_and_desks_are_not_found() {
        // given
        Branch branch = branch("dragoer", List.of(PAS, KOEREKORT), List.of(DESK_1));

        // when
        NotFoundException service = catchThrowableOfType(NotFoundException.class, () -> branch.service("pension"));
        NotFoundException desk = catchThrowableOfType(NotFoundException.class, () -> branch.desk("9"));

        // then
        assertThat(service.code()).isEqualTo("not-found");
        assertThat(service.getMessage()).isEqualTo("service 'pension' was not found");
        assertThat(desk.getMessage()).isEqualTo("desk '9' was not found");
    }

    @Test
    void two_services_with_the_same_prefix_are_refused_naming_the_second() {
        // when / then
        assertInvalid(() -> branch("dragoer", List.of(PAS, KOEREKORT, service("pension", "P")), List.of(DESK_1)),
                "services[2].prefix", "duplicate prefix 'P'");
    }

    @Test
    void two_services_with_the_same_id_are_refused_naming_the_second() {
        // when / then
        assertInvalid(() -> branch("dragoer", List.of(PAS, service("pas", "Q")), List.of()),
                "services[1].id", "duplicate id 'pas'");
    }

    @Test
    void two_desks_with_the_same_id_are_refused_naming_the_second() {
        // given
        Desk again = new Desk("1", "Skranke 1 igen", List.of("pas"), ServiceOrder.LIST);

        // when / then
        assertInvalid(() -> branch("dragoer", List.of(PAS, KOEREKORT), List.of(DESK_1, again)),
                "desks[1].id", "duplicate id '1'");
    }

    @Test
    void a_desk_serving_an_unknown_service_is_refused_naming_the_desk_and_the_service() {
        // given
        Desk desk = new Desk("3", "Skranke 3", List.of("pas", "pension"), ServiceOrder.WAITING_TIME);

        // when
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> branch("dragoer", List.of(PAS, KOEREKORT), List.of(DESK_1, desk)));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo("desks[1].services[1]");
        assertThat(refused.reason()).startsWith("unknown service 'pension'; known: ")
                .contains("pas").contains("koerekort");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Dragoer", "-dragoer", "drag_oer", "dragør"})
    void the_branch_id_must_be_lower_case_letters_digits_and_dashes(String id) {
        // when / then
        assertInvalid(() -> branch(id, List.of(PAS), List.of()),
                "id", "must be lower-case letters, digits and '-' (got '" + id + "')");
    }

    private static Branch branch(String id, List<Service> services, List<Desk> desks) {
        return new Branch(id, "Borgerservice Dragør", services, desks, HOURS, QueueRules.DEFAULT,
                CheckInWindow.DEFAULT);
    }

    private static Service service(String id, String prefix) {
        return new Service(id, new LocalizedText(id, id), prefix, null, null, Duration.ofMinutes(10), 1.0, null);
    }
}
