package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An order in which tables can be filled without breaking a foreign key: every table after the tables it
 * refers to (central's schema has no foreign keys today; the order keeps the copy right if one is added).
 * A table that refers to itself is filled as the source returns its rows.
 */
final class TableOrder {
    private TableOrder() {
    }

    /** The tables, referenced ones first, otherwise by name; a cycle of references is refused. */
    static List<String> forInserts(Connection target, Collection<String> tables) throws SQLException {
        Map<String, Set<String>> references = new TreeMap<>();
        for (String table : tables) {
            references.put(table, referencedBy(target, table, tables));
        }
        return sorted(references);
    }

    static List<String> sorted(Map<String, Set<String>> references) {
        List<String> order = new ArrayList<>();
        Set<String> left = new TreeSet<>(references.keySet());
        while (!left.isEmpty()) {
            String next = left.stream().filter(t -> order.containsAll(references.get(t))).findFirst()
                    .orElseThrow(() -> new CopyRefusedException("the tables " + left + " refer to each other"
                            + " in a cycle of foreign keys; the copy cannot order them"));
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    /** The other copied tables that this table's foreign keys refer to. */
    private static Set<String> referencedBy(Connection c, String table, Collection<String> tables)
            throws SQLException {
        Set<String> referenced = new TreeSet<>();
        try (ResultSet keys = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
            while (keys.next()) {
                String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!parent.equals(table) && tables.contains(parent)) {
                    referenced.add(parent);
                }
            }
        }
        return referenced;
    }
}
