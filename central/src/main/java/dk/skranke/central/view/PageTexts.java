package dk.skranke.central.view;

import dk.skranke.core.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The texts of central's pages per language, from {@code i18n/<bundle>_<lang>.properties} (UTF-8),
 * loaded once; several bundles are served as one set, and both languages must have the same keys.
 */
public final class PageTexts {
    private final List<String> bundles;
    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

    public PageTexts(String... bundles) {
        this.bundles = List.of(bundles);
        for (Language language : Language.values()) {
            texts.put(language, Collections.unmodifiableMap(merged(language)));
        }
        if (!texts.get(Language.DA).keySet().equals(texts.get(Language.EN).keySet())) {
            throw new IllegalStateException("the da and en bundles " + this.bundles + " must have the same keys");
        }
    }

    /** The citizen's status page. */
    public static PageTexts status() {
        return new PageTexts("status");
    }

    /** The staff console and the admin pages (devices, reports, what-if). */
    public static PageTexts staff() {
        return new PageTexts("staff", "reports");
    }

    /** Every text of the language, key to text, sorted by key. */
    public Map<String, String> in(Language language) {
        return texts.get(language);
    }

    public String get(Language language, String key) {
        String text = texts.get(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text '" + key + "' in " + bundles);
        }
        return text;
    }

    private Map<String, String> merged(Language language) {
        Map<String, String> all = new TreeMap<>();
        for (String bundle : bundles) {
            Map<String, String> part = load("i18n/" + bundle + "_" + language.code() + ".properties");
            part.keySet().stream().filter(all::containsKey).findFirst().ifPresent(key -> {
                throw new IllegalStateException(bundle + "_" + language.code() + ".properties repeats the key "
                        + key + " of an earlier bundle");
            });
            all.putAll(part);
        }
        return all;
    }

    private static Map<String, String> load(String resource) {
        InputStream in = PageTexts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> sorted = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> sorted.put(k, properties.getProperty(k)));
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
