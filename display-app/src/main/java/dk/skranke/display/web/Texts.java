package dk.skranke.display.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The page's texts from {@code i18n/display_da.properties} and {@code display_en.properties}, as flat key -> text maps. */
public final class Texts {
    private final Map<String, Map<String, String>> byLanguage;

    private Texts(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    public static Texts load() {
        return new Texts(Map.of("da", read("da"), "en", read("en")));
    }

    /** The texts of {@code da} or {@code en}; null for any other language. */
    public Map<String, String> of(String language) {
        return byLanguage.get(language);
    }

    private static Map<String, String> read(String language) {
        String name = "/i18n/display_" + language + ".properties";
        InputStream in = Texts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
