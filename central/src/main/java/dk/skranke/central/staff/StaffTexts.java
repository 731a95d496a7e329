package dk.skranke.central.staff;

import dk.skranke.core.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The staff console's and admin pages' texts, from {@code i18n/staff_<lang>.properties} and the report and
 * what-if pages' {@code i18n/reports_<lang>.properties} (UTF-8), loaded once and served as one set.
 */
public final class StaffTexts {
    static final List<String> BUNDLES = List.of("staff", "reports");
    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

    public StaffTexts() {
        for (Language language : Language.values()) {
            Map<String, String> all = new TreeMap<>();
            for (String bundle : BUNDLES) {
                Map<String, String> part = load("i18n/" + bundle + "_" + language.code() + ".properties");
                part.keySet().stream().filter(all::containsKey).findFirst().ifPresent(key -> {
                    throw new IllegalStateException(bundle + "_" + language.code() + ".properties repeats the key "
                            + key + " of an earlier bundle");
                });
                all.putAll(part);
            }
            texts.put(language, Collections.unmodifiableMap(all));
        }
        if (!texts.get(Language.DA).keySet().equals(texts.get(Language.EN).keySet())) {
            throw new IllegalStateException("the da and en bundles (" + BUNDLES + ") must have the same keys");
        }
    }

    /** Every text of the language, key to text, sorted by key. */
    public Map<String, String> in(Language language) {
        return texts.get(language);
    }

    public String get(Language language, String key) {
        String text = texts.get(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no staff text '" + key + "'");
        }
        return text;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = StaffTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> sorted = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> sorted.put(k, properties.getProperty(k)));
            return Collections.unmodifiableMap(sorted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
