package dk.skranke.central.reports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history the report tests check, on Sunday 2026-03-29 (Copenhagen moves from 02:00 CET to 03:00
 * CEST, a 23-hour day) and Monday 2026-03-30. Waits and service times in whole minutes:
 *
 * <pre>
 * ticket  service    kind  desk  joined          first call      wait  end                   service time
 * T1      pas        walk  1     01:50+01:00     03:05+02:00     15    done 03:16 (started 03:06) 10, could-have-been-digital + helped-to-self-service
 * T2      pas        walk  1     01:55+01:00     03:16+02:00     21    recalled 03:16:40, no-show 03:17:20
 * T3      koerekort  walk  2     10:00           10:04            4    transferred 10:05 to pas
 * T3b     pas        (T3)  2     10:05 (transfer) 10:07           -    done 10:15 (never started) 8, could-have-been-digital
 * T4      pas        appt  1     10:50 (check-in) 11:02          12    done 11:13 (started 11:03) 10; booked 11:00
 * T5      flytning   walk  -     12:30           -                -    cancelled 12:40
 * -       pas        appt  -     booked 12:00, never checked in
 * nudges at 10:00: pas deflected, pas declined, flytning deflected
 * T6      pas        walk  1     Mon 09:00       09:20           20    done 09:33 (started 09:21) 12
 * T7      pas        walk  3     Mon 09:10       09:40           30    done 09:45 (never started) 5
 * </pre>
 */
final class SpringHistory {
    private SpringHistory() {
    }

    /** Plays the history; returns the estimates printed on T2 and T7 (the others were told 0 minutes). */
    static int[] play(History h) {
        h.at("2026-03-29T00:30+01:00").book("pas", "2026-03-29T11:00+02:00", "ABCD23", "booking-1");
        h.book("pas", "2026-03-29T12:00+02:00", "EFGH45", "booking-2");
        String t1 = h.at("2026-03-29T01:50+01:00").issue("pas").path("id").asText();
        var t2 = h.at("2026-03-29T01:55+01:00").issue("pas");
        assertThat(h.at("2026-03-29T03:05+02:00").next("1")).isEqualTo(t1);
        h.at("2026-03-29T03:06+02:00").command(t1, "start");
        h.at("2026-03-29T03:16+02:00").finish(t1, "could-have-been-digital", "helped-to-self-service");
        assertThat(h.next("1")).isEqualTo(t2.path("id").asText());
        h.at("2026-03-29T03:16:40+02:00").command(t2.path("id").asText(), "recall");
        h.at("2026-03-29T03:17:20+02:00").command(t2.path("id").asText(), "no-show");
        String t3 = h.at("2026-03-29T10:00+02:00").issue("koerekort").path("id").asText();
        h.nudge("pas", "deflected");
        h.nudge("pas", "declined");
        h.nudge("flytning", "deflected");
        assertThat(h.at("2026-03-29T10:04+02:00").next("2")).isEqualTo(t3);
        String t3b = h.at("2026-03-29T10:05+02:00").transfer(t3, "pas");
        assertThat(h.at("2026-03-29T10:07+02:00").next("2")).isEqualTo(t3b);
        h.at("2026-03-29T10:15+02:00").finish(t3b, "could-have-been-digital");
        String t4 = h.at("2026-03-29T10:50+02:00").checkIn("ABCD23");
        assertThat(h.at("2026-03-29T11:02+02:00").next("1")).isEqualTo(t4);
        h.at("2026-03-29T11:03+02:00").command(t4, "start");
        h.at("2026-03-29T11:13+02:00").finish(t4);
        String t5 = h.at("2026-03-29T12:30+02:00").issue("flytning").path("id").asText();
        h.at("2026-03-29T12:40+02:00").command(t5, "cancel");
        String t6 = h.at("2026-03-30T09:00+02:00").issue("pas").path("id").asText();
        var t7 = h.at("2026-03-30T09:10+02:00").issue("pas");
        assertThat(h.at("2026-03-30T09:20+02:00").next("1")).isEqualTo(t6);
        h.at("2026-03-30T09:21+02:00").command(t6, "start");
        h.at("2026-03-30T09:33+02:00").finish(t6);
        assertThat(h.at("2026-03-30T09:40+02:00").next("3")).isEqualTo(t7.path("id").asText());
        h.at("2026-03-30T09:45+02:00").finish(t7.path("id").asText());
        return new int[] {t2.path("estimatedWaitMinutes").asInt(), t7.path("estimatedWaitMinutes").asInt()};
    }
}
