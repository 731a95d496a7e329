package dk.skranke.core.whatif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {

    @Test
    void positions_come_out_ordered_by_key_and_equal_keys_keep_their_order() {
        // given many keys with repeats
        SplittableRandom random = new SplittableRandom(1);
        double[] keys = random.ints(10_001, 0, 500).asDoubleStream().toArray();

        // when
        int[] order = IndexSort.byKey(keys);

        // then it is what a stable library sort gives
        int[] expected = IntStream.range(0, keys.length).boxed()
                .sorted(Comparator.comparingDouble(i -> keys[i])).mapToInt(Integer::intValue).toArray();
        assertThat(order).containsExactly(expected);
    }

    @Test
    void sorted_and_empty_input_is_returned_in_place() {
        assertThat(IndexSort.byKey(new double[] {1, 2, 2, 3})).containsExactly(0, 1, 2, 3);
        assertThat(IndexSort.byKey(new double[0])).isEmpty();
    }
}
