package dk.skranke.central.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checks a report CSV cell by cell against the JSON of the same report. */
public final class CsvCheck {
    private CsvCheck() {
    }

    /** Numbers kept exactly as the JSON writes them, so a cell can be compared with its JSON text. */
    private static final com.fasterxml.jackson.databind.ObjectMapper EXACT = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    public static void assertMatches(String part, String csv, String reportJson) throws java.io.IOException {
        JsonNode report = EXACT.readTree(reportJson);
        List<String[]> lines = Arrays.stream(csv.split("\r\n")).map(line -> line.split(",", -1)).toList();
        String[] header = lines.get(0);
        List<JsonNode> expected = rows(part, report);
        assertThat(lines).as(part + " rows").hasSize(expected.size() + 1);
        for (int r = 0; r < expected.size(); r++) {
            String[] cells = lines.get(r + 1);
            int first = part.equals("figures") ? 1 : 0;
            for (int c = first; c < header.length; c++) {
                JsonNode value = expected.get(r).at("/" + header[c].replace('.', '/'));
                assertCell(part + " row " + (r + 1) + " " + header[c], cells[c], value);
            }
        }
        assertThat(header.length - (part.equals("figures") ? 1 : 0)).as(part + " columns")
                .isEqualTo(leafCount(expected.get(0)));
    }

    private static List<JsonNode> rows(String part, JsonNode report) {
        List<JsonNode> rows = new ArrayList<>();
        switch (part) {
            case "figures" -> {
                rows.add(report.path("total"));
                for (String slice : List.of("byPeriod", "byService", "byDesk", "byHour")) {
                    report.path(slice).forEach(rows::add);
                }
            }
            case "arrivals" -> {
                var json = new com.fasterxml.jackson.databind.ObjectMapper();
                JsonNode map = report.path("arrivals");
                for (int d = 0; d < 7; d++) {
                    for (int h = 0; h < 24; h++) {
                        rows.add(json.createObjectNode().put("weekday", map.path("weekdays").get(d).asText())
                                .put("hour", h).put("citizens", map.path("citizens").get(d).get(h).asLong()));
                    }
                }
            }
            default -> {
                JsonNode section = report.path(part.equals("channel-cost") ? "channelCost" : "waitEstimates");
                section.path("services").forEach(rows::add);
                rows.add(section.path("total"));
            }
        }
        return rows;
    }

    private static void assertCell(String where, String cell, JsonNode value) {
        assertThat(value.isMissingNode()).as(where + " exists in the JSON").isFalse();
        if (value.isNull()) {
            assertThat(cell).as(where).isEmpty();
        } else {
            assertThat(cell).as(where).isEqualTo(value.asText());
        }
    }

    private static int leafCount(JsonNode node) {
        if (!node.isObject()) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node) {
            count += leafCount(child);
        }
        return count;
    }
}
