package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The numbers a part of the reliability and security suite prints: one line {@code RELIABILITY <part> k=v ...}
 * on stdout and appended to {@code $RELIABILITY_OUT} (default target/reliability.txt), where
 * scripts/reliability/summary.sh turns the lines of the whole run into a table.
 */
public final class Reliability {
    private Reliability() {
    }

    public static synchronized void report(String part, String numbers) {
        String line = "RELIABILITY " + part + " " + numbers;
        System.out.println(line);
        String out = System.getenv().getOrDefault("RELIABILITY_OUT", "target/reliability.txt");
        try {
            Path p = Path.of(out);
            if (p.getParent() != null) {
                Files.createDirectories(p.getParent());
            }
            Files.writeString(p, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
