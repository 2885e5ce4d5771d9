package vn.thidua.bench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The backend's search folding (vn.thidua.common.TextFold), repeated so the generated folded columns match. */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fold() {
    }

    public static String fold(String s) {
        String d = Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFC), Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
