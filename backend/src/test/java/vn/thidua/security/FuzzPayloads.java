package vn.thidua.security;

import java.text.Normalizer;
import java.util.List;

/** The hostile text a field or parameter of ThiDua may receive, each named for the report. */
final class FuzzPayloads {
    /** "Tây Ninh" as a phone keyboard or a macOS clipboard may send it: letters and combining marks apart. */
    static final String NFD_TAY_NINH = Normalizer.normalize("Tây Ninh – Hội Chữ thập đỏ", Normalizer.Form.NFD);

    record Text(String name, String value) {
    }

    static final List<Text> TEXTS = List.of(
            new Text("nfd-vietnamese", NFD_TAY_NINH),
            new Text("emoji", "Thăm hỏi 🎁❤️‍🩹👨‍👩‍👧 tặng quà"),
            new Text("nul", "Tây\u0000Ninh"),
            new Text("bell", "Tây Ninh\u0007\u0008\u001b[31m"),
            new Text("sql-or", "' OR 1=1 --"),
            new Text("sql-drop", "1; DROP TABLE activity"),
            new Text("sql-union", "x' UNION SELECT password_hash FROM user_account --"),
            new Text("html-script", "<script>alert('xss')</script><img src=x onerror=alert(1)>"),
            new Text("lone-surrogate", "Tây \uD800 Ninh"),
            new Text("rtl-override", "Tây\u202Eninh\u202C"),
            new Text("zero-width", "T\u200Bây\uFEFFNinh"),
            new Text("crlf", "Tây\r\nNinh\tX-Injected: 1"),
            new Text("like-wildcards", "%_%\\"),
            new Text("format-string", "%s%s%n${jndi:ldap://x}{{7*7}}"));

    static final List<String> BAD_DATES = List.of("2021-02-30", "20/12/2020", "2021-13-01", "2021-2-3", "",
            "0000-00-00", "+10000-01-01", "2021-02-29", "2021-01-01T00:00:00Z", "' OR 1=1 --");
    static final List<String> BAD_INSTANTS = List.of("2021-02-30T00:00:00Z", "tomorrow", "2021-01-01T25:00:00Z",
            "1e9", "", "2021-01-01 00:00:00");
    static final List<String> BAD_PERIODS = List.of("2021S3", "20X1", "2021S0", "-2021", "2021s1", "99999",
            "2021S1' OR 1=1 --", "", "2021H1", "0000");
    static final List<String> BAD_INTEGERS = List.of("abc", "-1", "1.5", "99999999999999999999", "", "0x10",
            " 1", "1e3", "NaN");
    static final List<String> BAD_SORTS = List.of("passwordHash,asc", "title,sideways", "' OR 1=1 --", ",",
            "id,asc,extra", "title;DROP TABLE activity", "(select 1)", "id,desc\u0000");
    static final List<String> BAD_CURSORS = List.of("abc", "-1", "0", "99999999999999999999", "' OR 1=1 --",
            "eyJzZXEiOi0xfQ==", "1.5", "", "\u0000", "x".repeat(101), "9223372036854775807", "1,2");
    static final List<String> BAD_IDS = List.of("abc", "0", "-1", "1.5", "99999999999999999999",
            "9223372036854775807", "1 OR 1=1", "1;DROP TABLE activity");

    private FuzzPayloads() {
    }
}
