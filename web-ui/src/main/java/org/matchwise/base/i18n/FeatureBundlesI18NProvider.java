package org.matchwise.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations from one bundle per feature: every {@code i18n/<feature>.properties} on the class
 * path (with {@code <feature>_<locale>.properties} beside it for another language). Features own their
 * file, so two features never edit the same one; a key must be unique across all of them (a test checks).
 * A missing key shows as {@code !key!} and is logged, never a crash.
 */
@Component
public class FeatureBundlesI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(FeatureBundlesI18NProvider.class);

    private final List<String> baseNames;

    public FeatureBundlesI18NProvider() {
        this.baseNames = discoverBaseNames();
    }

    /** The bundle base names found, such as {@code i18n.base} and {@code i18n.dashboard}. */
    public List<String> baseNames() {
        return baseNames;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        for (String baseName : baseNames) {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, l, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
            }
        }
        log.warn("Missing translation for key '{}'", key);
        return "!" + key + "!";
    }

    private static List<String> discoverBaseNames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource r : resources) {
                String file = r.getFilename();
                if (file != null && !file.substring(0, file.length() - ".properties".length()).contains("_")) {
                    names.add("i18n." + file.substring(0, file.length() - ".properties".length()));
                }
            }
            if (names.isEmpty()) {
                throw new MissingResourceException("no i18n/*.properties bundles", "i18n", "");
            }
            return new ArrayList<>(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
