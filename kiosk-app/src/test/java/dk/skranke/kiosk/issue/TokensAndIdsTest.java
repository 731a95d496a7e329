package dk.skranke.kiosk.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensAndIdsTest {

    @Test
    void public_tokens_are_32_url_safe_characters_and_do_not_repeat() {
        PublicTokens tokens = new PublicTokens();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = tokens.next();
            assertThat(token).matches("[A-Za-z0-9_-]{32}");
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void client_request_ids_follow_central_s_format_and_name_device_and_day() {
        ClientRequestIds ids = new ClientRequestIds("kiosk-1",
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Copenhagen")));

        String id = ids.next("t");

        assertThat(id).matches("[A-Za-z0-9._:-]{1,100}").startsWith("kiosk-1:20261123:t-");
        assertThat(ids.next("t")).isNotEqualTo(id);
    }
}
