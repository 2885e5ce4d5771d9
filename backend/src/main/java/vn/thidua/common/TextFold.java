package vn.thidua.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese search folding. No collation folds â, ă, đ on both MySQL and MariaDB, so searchable text is
 * stored folded in an indexed column and queries are folded the same way.
 */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFold() {
    }

    /** NFC, as phones sometimes send decomposed text. */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String d = Normalizer.normalize(nfc(s), Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** A LIKE pattern for a folded "contains" search, with LIKE's own wildcards escaped. */
    public static String containsPattern(String q) {
        String f = fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + f + "%";
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
