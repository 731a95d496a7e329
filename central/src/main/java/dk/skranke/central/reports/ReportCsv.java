package dk.skranke.central.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dk.skranke.central.view.Json;
import dk.skranke.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as CSV, one table per part. Each cell is the JSON value of the same figure written as
 * text (nested figures get dotted column names such as {@code wait.p90Minutes}), so the CSV and the JSON
 * never disagree; an empty cell is a JSON null.
 */
public final class ReportCsv {
    /** The tables a report can be downloaded as. */
    public static final List<String> PARTS = List.of("figures", "arrivals", "channel-cost", "wait-estimates");
    /** Keeps kroner as written (500.00, not 5E+2). */
    private static final ObjectMapper TREES = Json.mapper().copy()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private ReportCsv() {
    }

    public static String write(Report report, String part) {
        List<Map<String, String>> rows = switch (part) {
            case "figures" -> figures(report);
            case "arrivals" -> arrivals(report);
            case "channel-cost" -> flat(report.channelCost().services(), report.channelCost().total());
            case "wait-estimates" -> flat(report.waitEstimates().services(), report.waitEstimates().total());
            default -> throw new InvalidInputException("part", "must be one of " + PARTS);
        };
        StringBuilder csv = new StringBuilder();
        csv.append(line(new ArrayList<>(rows.get(0).keySet())));
        rows.forEach(row -> csv.append(line(new ArrayList<>(row.values()))));
        return csv.toString();
    }

    private static List<Map<String, String>> figures(Report report) {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(section("total", report.total()));
        report.byPeriod().forEach(f -> rows.add(section(report.groupBy(), f)));
        report.byService().forEach(f -> rows.add(section("service", f)));
        report.byDesk().forEach(f -> rows.add(section("desk", f)));
        report.byHour().forEach(f -> rows.add(section("hour", f)));
        return rows;
    }

    private static Map<String, String> section(String section, Figures figures) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("section", section);
        row.putAll(flatten(figures));
        return row;
    }

    private static List<Map<String, String>> arrivals(Report report) {
        Report.ArrivalHeatmap heatmap = report.arrivals();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int day = 0; day < heatmap.weekdays().size(); day++) {
            for (int hour = 0; hour < heatmap.hours().size(); hour++) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("weekday", heatmap.weekdays().get(day));
                row.put("hour", String.valueOf(heatmap.hours().get(hour)));
                row.put("citizens", String.valueOf(heatmap.citizens().get(day).get(hour)));
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, String>> flat(List<?> items, Object total) {
        List<Map<String, String>> rows = new ArrayList<>();
        items.forEach(item -> rows.add(flatten(item)));
        rows.add(flatten(total));
        return rows;
    }

    static Map<String, String> flatten(Object value) {
        Map<String, String> cells = new LinkedHashMap<>();
        flatten("", TREES.valueToTree(value), cells);
        return cells;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> cells) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(name + ".", value, cells);
            } else {
                cells.put(name, value.isNull() ? "" : value.asText());
            }
        }
    }

    private static String line(List<String> cells) {
        List<String> quoted = cells.stream().map(ReportCsv::quote).toList();
        return String.join(",", quoted) + "\r\n";
    }

    private static String quote(String cell) {
        boolean plain = cell.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }

    public static String fileName(Report report, String part) {
        return String.format(Locale.ROOT, "skranke-%s-%s-%s-%s.csv", report.branch(), part, report.from(),
                report.to());
    }
}
