package vn.thidua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The suite's number lines: on stdout and appended to $RELIABILITY_OUT (default target/reliability.txt). */
final class Reliability {
    private Reliability() {
    }

    static void report(String line) {
        System.out.println(line);
        String out = System.getenv("RELIABILITY_OUT");
        Path file = Path.of(out == null || out.isBlank() ? "target/reliability.txt" : out);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot append to " + file, e);
        }
    }
}
