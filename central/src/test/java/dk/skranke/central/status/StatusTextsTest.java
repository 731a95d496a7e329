package dk.skranke.central.status;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.view.PageTexts;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.ticket.TicketStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text the status page asks for exists in both languages; the page itself holds none. */
class StatusTextsTest {
    private final PageTexts texts = PageTexts.status();

    @Test
    void danish_and_english_have_the_same_keys_and_no_empty_text() {
        assertThat(texts.in(Language.DA).keySet()).isEqualTo(texts.in(Language.EN).keySet());
        for (Language language : Language.values()) {
            assertThat(texts.in(language).values()).allMatch(text -> !text.isBlank());
        }
    }

    @Test
    void every_key_the_page_the_script_and_the_not_found_page_use_exists() {
        List<String> used = new ArrayList<>();
        used.addAll(matches(resource("web/status/status.html"), "data-text=\"([^\"]+)\""));
        used.addAll(matches(resource("web/status/status.js"), "'([a-z]+\\.[a-z-]+)'"));
        used.addAll(matches(resource("web/status/missing.html"), "\\{\\{(?:da|en)\\.([A-Za-z.-]+)}}"));
        // the script shows status.<wire name> for whatever status the ticket has
        Arrays.stream(TicketStatus.values()).forEach(s -> used.add("status." + s.wire()));

        assertThat(used).isNotEmpty();
        assertThat(texts.in(Language.DA).keySet()).containsAll(used);
    }

    @Test
    void the_danish_texts_keep_their_letters() {
        assertThat(texts.get(Language.DA, "status.waiting")).isEqualTo("Du venter i køen");
        assertThat(texts.get(Language.DA, "notFound.title")).isEqualTo("Vi kan ikke finde din billet");
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String resource(String name) {
        try (InputStream in = StatusTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
