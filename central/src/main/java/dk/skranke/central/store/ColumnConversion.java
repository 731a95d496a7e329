package dk.skranke.central.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * How a value read from the source is written into a column of the target, chosen by the target column's
 * type. SQLite hands out what it stored (Integer, Long, Double, String, byte[]); each conversion accepts
 * only the kinds that fit its column, so a value is never silently changed.
 */
enum ColumnConversion {
    /** 0/1 flags into a BOOLEAN column (the schema keeps flags as INTEGER today). */
    BOOLEAN(Types.BOOLEAN) {
        @Override
        void write(PreparedStatement s, int index, Object value) throws SQLException {
            if (value instanceof Boolean b) {
                s.setBoolean(index, b);
            } else {
                s.setBoolean(index, integer(value) != 0);
            }
        }
    },
    INT(Types.INTEGER) {
        @Override
        void write(PreparedStatement s, int index, Object value) throws SQLException {
            long integer = integer(value);
            if (integer < Integer.MIN_VALUE || integer > Integer.MAX_VALUE) {
                throw new WrongKind("an integer of 32 bits", value);
            }
            s.setInt(index, (int) integer);
        }
    },
    BIGINT(Types.BIGINT) {
        @Override
        void write(PreparedStatement s, int index, Object value) throws SQLException {
            s.setLong(index, integer(value));
        }
    },
    DOUBLE(Types.DOUBLE) {
        @Override
        void write(PreparedStatement s, int index, Object value) throws SQLException {
            s.setDouble(index, number(value).doubleValue());
        }
    },
    DECIMAL(Types.NUMERIC) {
        @Override
        void write(PreparedStatement s, int index, Object value) throws SQLException {
            s.setBigDecimal(index, new BigDecimal(number(value).toString()));
        }
    },
    TEXT(Types.VARCHAR) {
        @Override
        void write(PreparedStatement s, int index, Object value) throws SQLException {
            s.setString(index, text(value));
        }
    },
    /** JSON kept as text in the source; the placeholder casts it where the target column is json or jsonb. */
    JSON(Types.VARCHAR) {
        @Override
        void write(PreparedStatement s, int index, Object value) throws SQLException {
            TEXT.write(s, index, value);
        }
    },
    BYTES(Types.VARBINARY) {
        @Override
        void write(PreparedStatement s, int index, Object value) throws SQLException {
            if (!(value instanceof byte[] bytes)) {
                throw new WrongKind("bytes", value);
            }
            s.setBytes(index, bytes);
        }
    };

    private final int parameterType;

    ColumnConversion(int parameterType) {
        this.parameterType = parameterType;
    }

    /** The conversion into a column of this JDBC type and type name; empty for a type the copy does not know. */
    static Optional<ColumnConversion> into(int jdbcType, String typeName) {
        return Optional.ofNullable(switch (jdbcType) {
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> INT;
            case Types.BIGINT -> BIGINT;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> DOUBLE;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB -> TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
            case Types.OTHER -> typeName.equals("json") || typeName.equals("jsonb") ? JSON : null;
            default -> null;
        });
    }

    /** Binds the value (null included) as parameter {@code index}. */
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, parameterType);
        } else {
            write(s, index, value);
        }
    }

    abstract void write(PreparedStatement s, int index, Object value) throws SQLException;

    private static long integer(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw new WrongKind("an integer", value);
    }

    private static Number number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw new WrongKind("a number", value);
    }

    private static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw new WrongKind("text", value);
    }

    /** A source value of another kind than its target column takes; names the kind, never the value. */
    static final class WrongKind extends RuntimeException {
        WrongKind(String expected, Object value) {
            super("holds a value of type " + value.getClass().getSimpleName() + " where the target expects "
                    + expected);
        }
    }
}
