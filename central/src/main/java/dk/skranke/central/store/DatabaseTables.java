package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The tables of a database and their columns, as its JDBC metadata describes them (Flyway's own table left out). */
final class DatabaseTables {
    static final String FLYWAY_HISTORY = "flyway_schema_history";
    /** Names are written into SQL as they are, so only plain ones are accepted. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseTables() {
    }

    /** The connection's own tables (its current schema on PostgreSQL) by lower-case name. */
    static Map<String, Table> read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rows = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    tables.put(plain(name, "table"), new Table(plain(name, "table"), columns(c, meta, name)));
                }
            }
        }
        return tables;
    }

    private static List<Column> columns(Connection c, DatabaseMetaData meta, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
            while (rows.next()) {
                columns.add(new Column(plain(rows.getString("COLUMN_NAME"), "column of " + table),
                        rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT),
                        "YES".equals(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    private static String plain(String name, String what) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!PLAIN_NAME.matcher(lower).matches()) {
            throw new CopyRefusedException("the " + what + " \"" + name + "\" has a name the copy does not handle"
                    + " (letters, digits and _ only)");
        }
        return lower;
    }

    /** A table and its columns in their declared order. */
    record Table(String name, List<Column> columns) {
        Table {
            columns = List.copyOf(columns);
        }

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /**
     * A column: its JDBC type ({@link java.sql.Types}), the database's own type name, and whether the
     * database numbers it by itself (an identity or auto-increment column).
     */
    record Column(String name, int jdbcType, String typeName, boolean identity) {
    }
}
