package dk.skranke.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class QrSvgTest {

    @Test
    void draws_a_status_url_as_one_svg_path() {
        String svg = QrSvg.svg("http://central.local:8080/t/0-LM2bY3C3XPlQyvk5bGFf69UWdN4Fpl");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .contains("<path fill=\"#000\" d=\"M").endsWith("</svg>");
    }

    @Test
    void accepts_700_characters_and_no_more() {
        String base = "https://www.borger.dk/?q=";
        String longest = base + "a".repeat(700 - base.length());

        assertThat(QrSvg.svg(longest)).contains("<path");
        assertThatThrownBy(() -> QrSvg.svg(longest + "a")).isInstanceOf(InvalidInputException.class)
                .hasMessage("data: must be at most 700 characters");
    }

    @Test
    void refuses_anything_but_an_ascii_http_address() {
        for (String bad : new String[] {null, "", "   ", "ftp://x.dk/", "javascript:alert(1)", "https://borger.dk/æ",
                "https://a b", "http://", "www.borger.dk"}) {
            assertThatThrownBy(() -> QrSvg.svg(bad)).as(String.valueOf(bad)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("data"));
        }
    }
}
