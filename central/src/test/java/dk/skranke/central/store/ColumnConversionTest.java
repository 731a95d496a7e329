package dk.skranke.central.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnConversionTest {
    /** The setter calls made on the statement, e.g. {@code setBoolean 1 true}. */
    private final List<String> calls = new ArrayList<>();
    private final PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(
            PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                calls.add(method.getName() + " " + String.join(" ", Arrays.stream(args).map(String::valueOf).toList()));
                return null;
            });

    @Test
    void each_column_type_of_central_and_of_likely_schema_changes_has_a_conversion() {
        assertThat(ColumnConversion.into(Types.BIGINT, "int8")).contains(ColumnConversion.BIGINT);
        assertThat(ColumnConversion.into(Types.INTEGER, "int4")).contains(ColumnConversion.INT);
        assertThat(ColumnConversion.into(Types.VARCHAR, "text")).contains(ColumnConversion.TEXT);
        assertThat(ColumnConversion.into(Types.BIT, "bool")).contains(ColumnConversion.BOOLEAN);
        assertThat(ColumnConversion.into(Types.OTHER, "jsonb")).contains(ColumnConversion.JSON);
        assertThat(ColumnConversion.into(Types.OTHER, "uuid")).isEmpty();
        assertThat(ColumnConversion.into(Types.ARRAY, "_text")).isEmpty();
    }

    @Test
    void sqlite_flags_become_booleans_and_nulls_stay_null_with_the_columns_type() throws Exception {
        ColumnConversion.BOOLEAN.bind(statement, 1, 1);
        ColumnConversion.BOOLEAN.bind(statement, 2, 0L);
        ColumnConversion.BOOLEAN.bind(statement, 3, null);
        ColumnConversion.BIGINT.bind(statement, 4, 7);

        assertThat(calls).containsExactly("setBoolean 1 true", "setBoolean 2 false", "setNull 3 " + Types.BOOLEAN,
                "setLong 4 7");
    }

    @Test
    void json_text_is_bound_as_text() throws Exception {
        ColumnConversion.JSON.bind(statement, 1, "{\"a\":1}");

        assertThat(calls).containsExactly("setString 1 {\"a\":1}");
    }

    @Test
    void a_value_of_the_wrong_kind_is_refused_naming_its_type_but_not_the_value() {
        assertThatThrownBy(() -> ColumnConversion.BIGINT.bind(statement, 1, "ABCD23"))
                .isInstanceOf(ColumnConversion.WrongKind.class)
                .hasMessage("holds a value of type String where the target expects an integer");
        assertThatThrownBy(() -> ColumnConversion.INT.bind(statement, 1, 1L << 40))
                .hasMessageNotContaining(String.valueOf(1L << 40)).hasMessageContaining("32 bits");
        assertThatThrownBy(() -> ColumnConversion.TEXT.bind(statement, 1, 3.5)).hasMessageContaining("Double");
        assertThat(calls).isEmpty();
    }
}
