package vn.thidua.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Problem titles and messages in Vietnamese (default) or English, chosen by Accept-Language. */
public final class Messages {
    public static final String KEY_PREFIX = "msg:";
    public static final Locale VI = Locale.forLanguageTag("vi");

    private Messages() {
    }

    public static Locale pick(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale l : acceptable) {
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("vi".equals(l.getLanguage())) {
                    return VI;
                }
            }
        }
        return VI;
    }

    /**
     * The shared bundle first, then one bundle per feature (`i18n/<feature>.properties`, Vietnamese, beside
     * `i18n/<feature>_en.properties`), so features add their messages without touching each other's files.
     */
    static final List<String> BUNDLES = List.of("messages", "i18n/plan", "i18n/movement", "i18n/nomination",
            "i18n/attachment", "i18n/activity", "i18n/communication", "i18n/report", "i18n/integration");

    public static String get(Locale locale, String key, Object... args) {
        String pattern = null;
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    pattern = bundle.getString(key);
                    break;
                }
            } catch (MissingResourceException e) {
                // that feature has no bundle (yet)
            }
        }
        if (pattern == null) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Resolves "msg:key|arg|arg" (from {@link ProblemException#invalid}) or returns the text as it is. */
    public static String resolve(Locale locale, String text) {
        if (text == null || !text.startsWith(KEY_PREFIX)) {
            return text;
        }
        String[] parts = text.substring(KEY_PREFIX.length()).split("\\|", -1);
        Object[] args = new Object[parts.length - 1];
        System.arraycopy(parts, 1, args, 0, args.length);
        return get(locale, parts[0], args);
    }
}
