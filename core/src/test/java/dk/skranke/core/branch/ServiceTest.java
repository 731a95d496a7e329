package dk.skranke.core.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.LocalizedText;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceTest {

    private static final LocalizedText NAME = new LocalizedText("Pas", "Passport");
    private static final LocalizedText NUDGE = new LocalizedText("Bestil på borger.dk", "Book on borger.dk");
    private static final String URL = "https://www.borger.dk/";

    @Test
    void a_valid_service_with_a_digital_alternative() {
        // when
        Service pas = service("pas", "P", URL, NUDGE, 1.5);

        // then
        assertThat(pas.hasDigitalAlternative()).isTrue();
        assertThat(pas.weight()).isEqualTo(1.5);
        assertThat(pas.categoryName()).isEmpty();
    }

    @Test
    void a_service_without_a_digital_alternative() {
        // when
        Service andet = service("andet", "A", null, null, 1.0);

        // then
        assertThat(andet.hasDigitalAlternative()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"p", "PP", "Æ", "1", " P"})
    void the_prefix_must_be_one_capital_letter(String prefix) {
        // when / then
        assertInvalid(() -> service("pas", prefix, URL, NUDGE, 1.0),
                "prefix", "must be one capital letter A-Z (got '" + prefix + "')");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Pas", "-pas", "pas id", "pas_1", "a12345678901234567890123456789012345678901"})
    void the_id_must_be_lower_case_letters_digits_and_dashes(String id) {
        // when / then
        assertInvalid(() -> service(id, "P", URL, NUDGE, 1.0),
                "id", "must be lower-case letters, digits and '-' (got '" + id + "')");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, 100.01, Double.NaN, Double.POSITIVE_INFINITY})
    void the_weight_must_be_above_zero_and_at_most_one_hundred(double weight) {
        // when / then
        assertInvalid(() -> service("pas", "P", URL, NUDGE, weight),
                "weight", "must be > 0 and <= 100 (got " + weight + ")");
    }

    @Test
    void a_weight_of_exactly_one_hundred_is_accepted() {
        // when / then
        assertThat(service("pas", "P", URL, NUDGE, 100).weight()).isEqualTo(100);
    }

    @Test
    void the_default_service_time_must_be_positive() {
        // when / then
        assertInvalid(() -> new Service("pas", NAME, "P", URL, NUDGE, Duration.ZERO, 1.0, null),
                "defaultServiceTime", "must be positive");
        assertInvalid(() -> new Service("pas", NAME, "P", URL, NUDGE, Duration.ofMinutes(-1), 1.0, null),
                "defaultServiceTime", "must be positive");
    }

    @Test
    void the_self_service_address_must_be_https() {
        // when / then
        assertInvalid(() -> service("pas", "P", "http://www.borger.dk/", NUDGE, 1.0),
                "selfServiceUrl", "must be an https:// address");
    }

    @Test
    void the_self_service_address_and_the_nudge_go_together() {
        // when / then the missing one is named
        assertInvalid(() -> service("pas", "P", URL, null, 1.0),
                "nudge", "selfServiceUrl and nudge go together: give both or neither");
        assertInvalid(() -> service("pas", "P", null, NUDGE, 1.0),
                "selfServiceUrl", "selfServiceUrl and nudge go together: give both or neither");
    }

    static void assertInvalid(ThrowingCallable construction, String field, String reason) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, construction);
        assertThat(refused).as("expected invalid %s", field).isNotNull();
        assertThat(refused.code()).isEqualTo("invalid-input");
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.getMessage()).isEqualTo(field + ": " + reason);
    }

    private static Service service(String id, String prefix, String url, LocalizedText nudge, double weight) {
        return new Service(id, NAME, prefix, url, nudge, Duration.ofMinutes(10), weight, null);
    }
}
