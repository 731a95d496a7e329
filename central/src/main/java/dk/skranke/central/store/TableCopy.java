package dk.skranke.central.store;

import dk.skranke.central.store.DatabaseTables.Column;
import dk.skranke.central.store.DatabaseTables.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Copies the rows of one table into the same table of another database, column by name, in JDBC batches. */
final class TableCopy {
    static final int BATCH = 1000;

    private final Table table;
    private final List<ColumnConversion> conversions = new ArrayList<>();
    private final String select;
    private final String insert;

    /** Plans the copy into the target's table; refuses a column type the copy cannot convert into. */
    TableCopy(Table target, SqlDialect targetDialect) {
        this.table = target;
        List<String> placeholders = new ArrayList<>();
        for (Column column : target.columns()) {
            ColumnConversion conversion = ColumnConversion.into(column.jdbcType(), column.typeName())
                    .orElseThrow(() -> new CopyRefusedException("the column " + target.name() + "." + column.name()
                            + " has the type " + column.typeName() + ", which the copy cannot fill"));
            conversions.add(conversion);
            placeholders.add(conversion == ColumnConversion.JSON ? targetDialect.jsonParameter(column.typeName())
                    : "?");
        }
        String columns = String.join(", ", target.columnNames());
        select = "SELECT " + columns + " FROM " + target.name();
        insert = "INSERT INTO " + target.name() + " (" + columns + ") VALUES ("
                + placeholders.stream().collect(Collectors.joining(", ")) + ")";
    }

    String table() {
        return table.name();
    }

    /** Copies every row and returns how many; a failure names the table (and the column), never a value. */
    long copy(Connection from, Connection to) {
        try (Statement read = from.createStatement(); PreparedStatement write = to.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery(select)) {
                long copied = 0;
                while (rows.next()) {
                    bindRow(rows, write, copied + 1);
                    write.addBatch();
                    if (++copied % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
                return copied;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot copy the table " + table.name() + ": " + Sql.reason(e), e);
        }
    }

    private void bindRow(ResultSet rows, PreparedStatement write, long row) throws SQLException {
        for (int i = 0; i < conversions.size(); i++) {
            try {
                conversions.get(i).bind(write, i + 1, rows.getObject(i + 1));
            } catch (ColumnConversion.WrongKind e) {
                throw new StorageException("cannot copy " + table.name() + "." + table.columns().get(i).name()
                        + ": row " + row + " " + e.getMessage(), e);
            }
        }
    }
}
