package dk.skranke.central.reports;

import static dk.skranke.central.testing.TestConfig.ADMIN;
import static dk.skranke.central.testing.TestConfig.INTEGRATION;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the report of {@link SpringHistory}, checked exactly. The history crosses the change
 * to summer time, so a wait measured on the wall clock would be an hour too long.
 */
class ReportFiguresIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = "/api/v1/branches/test/reports?from=2026-03-29&to=2026-03-30";
    private static final MutableClock CLOCK = MutableClock.at("2026-03-29T00:00:00+01:00");
    private static TestCentral central;
    private static int[] estimates;
    private static JsonNode report;

    @BeforeAll
    static void play_the_spring_history() {
        central = TestCentral.start(CLOCK);
        estimates = SpringHistory.play(new History(central.http(), CLOCK));
        report = get(REPORT + "&shiftShare=0.5", ADMIN);
    }

    @AfterAll
    static void stop() {
        central.close();
    }

    @Test
    void the_totals_of_the_period_are_exactly_those_of_the_history() {
        assertThat(report.path("total")).isEqualTo(json("""
                {"key":"total","tickets":7,"walkIns":6,"appointments":1,"walkInShare":0.8571,
                 "appointmentShare":0.1429,"appointmentsBooked":2,"appointmentsMissed":1,"called":7,"served":5,
                 "noShows":1,"noShowRate":0.1429,"transfers":1,"cancelled":1,
                 "waitTime":{"count":6,"meanMinutes":17.0,"medianMinutes":15.0,"p90Minutes":30.0,"maxMinutes":30.0},
                 "serviceTime":{"count":5,"meanMinutes":9.0,"medianMinutes":10.0,"p90Minutes":12.0,"maxMinutes":12.0},
                 "longestQueue":2,"nudgesShown":3,"deflections":2,"deflectionRate":0.6667,
                 "couldHaveBeenDigital":2,"couldHaveBeenDigitalShare":0.4,"helpedToSelfService":1,
                 "helpedToSelfServiceShare":0.2}"""));
        assertThat(report.path("zone").asText()).isEqualTo("Europe/Copenhagen");
    }

    @Test
    void each_day_counts_its_own_local_tickets_also_on_the_23_hour_day_of_the_change_to_summer_time() {
        assertThat(report.path("byPeriod")).isEqualTo(json("""
                [{"key":"2026-03-29","tickets":5,"walkIns":4,"appointments":1,"walkInShare":0.8,
                  "appointmentShare":0.2,"appointmentsBooked":2,"appointmentsMissed":1,"called":5,"served":3,
                  "noShows":1,"noShowRate":0.2,"transfers":1,"cancelled":1,
                  "waitTime":{"count":4,"meanMinutes":13.0,"medianMinutes":12.0,"p90Minutes":21.0,"maxMinutes":21.0},
                  "serviceTime":{"count":3,"meanMinutes":9.33,"medianMinutes":10.0,"p90Minutes":10.0,"maxMinutes":10.0},
                  "longestQueue":2,"nudgesShown":3,"deflections":2,"deflectionRate":0.6667,
                  "couldHaveBeenDigital":2,"couldHaveBeenDigitalShare":0.6667,"helpedToSelfService":1,
                  "helpedToSelfServiceShare":0.3333},
                 {"key":"2026-03-30","tickets":2,"walkIns":2,"appointments":0,"walkInShare":1.0,
                  "appointmentShare":0.0,"appointmentsBooked":0,"appointmentsMissed":0,"called":2,"served":2,
                  "noShows":0,"noShowRate":0.0,"transfers":0,"cancelled":0,
                  "waitTime":{"count":2,"meanMinutes":25.0,"medianMinutes":20.0,"p90Minutes":30.0,"maxMinutes":30.0},
                  "serviceTime":{"count":2,"meanMinutes":8.5,"medianMinutes":5.0,"p90Minutes":12.0,"maxMinutes":12.0},
                  "longestQueue":2,"nudgesShown":0,"deflections":0,"deflectionRate":null,
                  "couldHaveBeenDigital":0,"couldHaveBeenDigitalShare":0.0,"helpedToSelfService":0,
                  "helpedToSelfServiceShare":0.0}]"""));
    }

    @Test
    void the_night_of_the_change_has_its_tickets_in_hour_one_and_nothing_in_the_skipped_hour_two() {
        JsonNode hours = report.path("byHour");
        assertThat(hours).hasSize(24);
        assertThat(hours.get(1)).isEqualTo(json("""
                {"key":"01","tickets":2,"walkIns":2,"appointments":0,"walkInShare":1.0,"appointmentShare":0.0,
                 "appointmentsBooked":0,"appointmentsMissed":0,"called":2,"served":1,"noShows":1,"noShowRate":0.5,
                 "transfers":0,"cancelled":0,
                 "waitTime":{"count":2,"meanMinutes":18.0,"medianMinutes":15.0,"p90Minutes":21.0,"maxMinutes":21.0},
                 "serviceTime":{"count":1,"meanMinutes":10.0,"medianMinutes":10.0,"p90Minutes":10.0,"maxMinutes":10.0},
                 "longestQueue":null,"nudgesShown":0,"deflections":0,"deflectionRate":null,
                 "couldHaveBeenDigital":1,"couldHaveBeenDigitalShare":1.0,"helpedToSelfService":1,
                 "helpedToSelfServiceShare":1.0}"""));
        assertThat(hours.get(2).path("tickets").asLong()).isZero();
        assertThat(hours.get(11).path("appointmentsBooked").asLong()).isEqualTo(1);
        assertThat(hours.get(12).path("appointmentsMissed").asLong()).isEqualTo(1);
        assertThat(hours.get(10).path("nudgesShown").asLong()).isEqualTo(3);
        JsonNode heatmap = report.path("arrivals");
        assertThat(heatmap.path("citizens").get(6)).isEqualTo(json(row(1, 2, 10, 2, 12, 1)));
        assertThat(heatmap.path("citizens").get(0)).isEqualTo(json(row(9, 2)));
    }

    @Test
    void services_count_the_tickets_served_in_them_and_a_transfer_in_the_service_it_left() {
        JsonNode pas = report.path("byService").get(0);
        assertThat(pas).isEqualTo(json("""
                {"key":"pas","tickets":5,"walkIns":4,"appointments":1,"walkInShare":0.8,"appointmentShare":0.2,
                 "appointmentsBooked":2,"appointmentsMissed":1,"called":6,"served":5,"noShows":1,
                 "noShowRate":0.1667,"transfers":0,"cancelled":0,
                 "waitTime":{"count":5,"meanMinutes":19.6,"medianMinutes":20.0,"p90Minutes":30.0,"maxMinutes":30.0},
                 "serviceTime":{"count":5,"meanMinutes":9.0,"medianMinutes":10.0,"p90Minutes":12.0,"maxMinutes":12.0},
                 "longestQueue":2,"nudgesShown":2,"deflections":1,"deflectionRate":0.5,
                 "couldHaveBeenDigital":2,"couldHaveBeenDigitalShare":0.4,"helpedToSelfService":1,
                 "helpedToSelfServiceShare":0.2}"""));
        JsonNode koerekort = report.path("byService").get(1);
        assertThat(koerekort.path("transfers").asLong()).isEqualTo(1);
        assertThat(koerekort.path("waitTime").path("meanMinutes").asDouble()).isEqualTo(4.0);
        JsonNode flytning = report.path("byService").get(2);
        assertThat(flytning.path("cancelled").asLong()).isEqualTo(1);
        assertThat(flytning.path("noShowRate").isNull()).isTrue();
        assertThat(flytning.path("deflections").asLong()).isEqualTo(1);
    }

    @Test
    void desks_count_the_tickets_called_to_them_and_leave_out_what_does_not_belong_to_a_desk() {
        JsonNode desks = report.path("byDesk");
        assertThat(desks.findValuesAsText("key")).containsExactly("1", "2", "3");
        assertThat(desks.get(0)).isEqualTo(json("""
                {"key":"1","tickets":4,"walkIns":3,"appointments":1,"walkInShare":0.75,"appointmentShare":0.25,
                 "appointmentsBooked":null,"appointmentsMissed":null,"called":4,"served":3,"noShows":1,
                 "noShowRate":0.25,"transfers":0,"cancelled":0,
                 "waitTime":{"count":4,"meanMinutes":17.0,"medianMinutes":15.0,"p90Minutes":21.0,"maxMinutes":21.0},
                 "serviceTime":{"count":3,"meanMinutes":10.67,"medianMinutes":10.0,"p90Minutes":12.0,"maxMinutes":12.0},
                 "longestQueue":null,"nudgesShown":null,"deflections":null,"deflectionRate":null,
                 "couldHaveBeenDigital":1,"couldHaveBeenDigitalShare":0.3333,"helpedToSelfService":1,
                 "helpedToSelfServiceShare":0.3333}"""));
        assertThat(desks.get(1).path("transfers").asLong()).isEqualTo(1);
        assertThat(desks.get(1).path("served").asLong()).isEqualTo(1);
        assertThat(desks.get(2).path("serviceTime").path("meanMinutes").asDouble()).isEqualTo(5.0);
    }

    @Test
    void channel_cost_prices_the_personal_visits_and_the_saving_in_kroner() {
        assertThat(report.path("channelCost")).isEqualTo(json("""
                {"costs":{"personal":100.00,"phone":50.00,"digital":5.00},"shiftShare":0.5,
                 "services":[
                  {"service":"pas","personalVisits":5,"personalCost":500.00,"couldHaveBeenDigital":2,
                   "savingIfShifted":95.00,"deflections":1,"savedByDeflections":95.00},
                  {"service":"koerekort","personalVisits":0,"personalCost":0.00,"couldHaveBeenDigital":0,
                   "savingIfShifted":0.00,"deflections":0,"savedByDeflections":0.00},
                  {"service":"flytning","personalVisits":0,"personalCost":0.00,"couldHaveBeenDigital":0,
                   "savingIfShifted":0.00,"deflections":1,"savedByDeflections":95.00}],
                 "total":{"service":"total","personalVisits":5,"personalCost":500.00,"couldHaveBeenDigital":2,
                   "savingIfShifted":95.00,"deflections":2,"savedByDeflections":190.00}}"""));
    }

    @Test
    void wait_estimates_are_compared_with_the_waits_the_citizens_had() {
        assertThat(estimates).containsExactly(4, 4);
        assertThat(report.path("waitEstimates")).isEqualTo(json("""
                {"services":[
                  {"service":"pas","tickets":4,"meanAbsoluteErrorMinutes":19.5,"meanErrorMinutes":19.5},
                  {"service":"koerekort","tickets":1,"meanAbsoluteErrorMinutes":4.0,"meanErrorMinutes":4.0},
                  {"service":"flytning","tickets":0,"meanAbsoluteErrorMinutes":null,"meanErrorMinutes":null}],
                 "total":{"service":"total","tickets":5,"meanAbsoluteErrorMinutes":16.4,"meanErrorMinutes":16.4}}"""));
    }

    @Test
    void a_week_and_a_month_hold_the_same_totals_as_the_days_they_contain() {
        JsonNode weeks = get(REPORT + "&groupBy=week", STAFF).path("byPeriod");
        assertThat(weeks.findValuesAsText("key")).containsExactly("2026-W13", "2026-W14");
        assertThat(weeks.get(0).path("tickets").asLong()).isEqualTo(5);
        JsonNode month = get(REPORT + "&groupBy=month", INTEGRATION).path("byPeriod");
        assertThat(month).hasSize(1);
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) month.get(0).deepCopy()).put("key", "total"))
                .isEqualTo(report.path("total"));
    }

    @Test
    void the_csv_download_holds_exactly_the_figures_of_the_json() throws java.io.IOException {
        String json = central.http().get(REPORT + "&shiftShare=0.5", STAFF).body();
        for (String part : ReportCsv.PARTS) {
            Http.Response csv = central.http().get(REPORT + "&shiftShare=0.5&format=csv&part=" + part, STAFF);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            CsvCheck.assertMatches(part, csv.body(), json);
        }
    }

    private static String row(int... hourAndCount) {
        long[] hours = new long[24];
        for (int i = 0; i < hourAndCount.length; i += 2) {
            hours[hourAndCount[i]] = hourAndCount[i + 1];
        }
        return java.util.Arrays.toString(hours);
    }

    static JsonNode get(String path, String token) {
        Http.Response response = central.http().get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
