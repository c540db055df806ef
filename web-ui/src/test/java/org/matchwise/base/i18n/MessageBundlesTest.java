package org.matchwise.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Keeps the feature bundles sound: keys unique across features, no empty messages. */
class MessageBundlesTest {

    final FeatureBundlesI18NProvider provider = new FeatureBundlesI18NProvider();

    private Properties load(String baseName) throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/" + baseName.replace('.', '/') + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void no_key_is_defined_by_two_features() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new java.util.ArrayList<>();
        for (String baseName : provider.baseNames()) {
            for (String key : load(baseName).stringPropertyNames()) {
                String previous = owner.put(key, baseName);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + baseName);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void no_message_is_empty() throws IOException {
        for (String baseName : provider.baseNames()) {
            load(baseName).forEach((k, v) -> assertThat(v.toString()).as(baseName + ": " + k).isNotBlank());
        }
    }

    @Test
    void a_known_key_is_translated_with_its_parameters_and_an_unknown_one_is_marked() {
        assertThat(provider.getTranslation("home.greeting", java.util.Locale.ENGLISH, "Dana")).isEqualTo("Welcome, Dana");
        assertThat(provider.getTranslation("no.such.key", java.util.Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
