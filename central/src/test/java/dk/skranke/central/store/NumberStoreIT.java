package dk.skranke.central.store;

import dk.skranke.central.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.core.numbering.NumberBlock;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day's numbering on a SQLite file: kiosks' blocks from 501 on, online numbers stepping over them. */
class NumberStoreIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private final NumberStore numbers = new NumberStore();


    @Test
    void online_numbers_that_reach_a_reserved_block_continue_after_it() {
        try (Database db = Database.open(TestDatabase.fresh())) {
            // given a busy day: 500 passports issued online, and a kiosk holding 501-510
            db.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO number_counters (branch, service, day,"
                        + " last_seq) VALUES ('b', 'pas', ?, 500)")) {
                    s.setString(1, DAY.toString());
                    s.executeUpdate();
                }
                return null;
            });
            NumberBlock block = db.inTransaction(c -> numbers.reserveBlock(c, "nb_1", "b", "pas", DAY, "kiosk-1",
                    10, Instant.EPOCH));

            // when the next two passports are issued online, and the kiosk reserves again
            long next = db.inTransaction(c -> numbers.take(c, "b", "pas", DAY));
            long after = db.inTransaction(c -> numbers.take(c, "b", "pas", DAY));
            NumberBlock again = db.inTransaction(c -> numbers.reserveBlock(c, "nb_2", "b", "pas", DAY, "kiosk-1",
                    10, Instant.EPOCH));

            // then the online numbers step over the block, and the new block comes after both
            assertThat(block.first()).isEqualTo(501);
            assertThat(block.last()).isEqualTo(510);
            assertThat(next).isEqualTo(511);
            assertThat(after).isEqualTo(512);
            assertThat(again.first()).isEqualTo(513);
        }
    }

    @Test
    void a_quiet_morning_starts_at_one_however_many_blocks_the_kiosks_took() {
        try (Database db = Database.open(TestDatabase.fresh())) {
            db.inTransaction(c -> numbers.reserveBlock(c, "nb_1", "b", "pas", DAY, "kiosk-1", 50, Instant.EPOCH));
            NumberBlock laterBlock = db.inTransaction(c -> numbers.reserveBlock(c, "nb_2", "b", "pas", DAY, "kiosk-2",
                    50, Instant.EPOCH));

            long first = db.inTransaction(c -> numbers.take(c, "b", "pas", DAY));
            long second = db.inTransaction(c -> numbers.take(c, "b", "pas", DAY));

            assertThat(laterBlock.first()).isEqualTo(551);
            assertThat(first).isEqualTo(1);
            assertThat(second).isEqualTo(2);
        }
    }
}
