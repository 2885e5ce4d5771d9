package vn.thidua.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens exported files in LibreOffice the way an office would: {@code soffice --headless --convert-to pdf}, then
 * {@code pdftotext} (poppler-utils) for the text of each PDF. Where either is not installed the conversion is
 * skipped (and says so): the callers check the files' content with POI either way. {@code .ci/run} installs both.
 */
public final class LibreOffice {
    private static final long TIMEOUT_SECONDS = 180;

    private LibreOffice() {
    }

    /** The PDF text of each file (NFC, whitespace collapsed), or empty when soffice or pdftotext is missing. */
    public static Optional<Map<Path, String>> pdfText(List<Path> files, Path workDir) throws IOException,
            InterruptedException {
        if (files.stream().map(LibreOffice::baseName).distinct().count() < files.size()) {
            throw new IllegalArgumentException("the PDFs would overwrite each other: give the files distinct names");
        }
        Optional<Path> soffice = onPath("soffice");
        Optional<Path> pdftotext = onPath("pdftotext");
        if (soffice.isEmpty() || pdftotext.isEmpty()) {
            System.out.println("LibreOffice check: " + (soffice.isEmpty() ? "soffice" : "pdftotext")
                    + " is not installed: PDF conversion skipped (the content was checked with POI; .ci/run installs"
                    + " libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils)");
            return Optional.empty();
        }
        long started = System.nanoTime();
        Path pdfDir = Files.createDirectories(workDir.resolve("pdf"));
        // a private profile per run: parallel runs (and a desktop LibreOffice) do not share a locked profile
        Path profile = Files.createTempDirectory(Files.createDirectories(workDir), "lo-profile-");
        List<String> cmd = new ArrayList<>(List.of(soffice.get().toString(),
                "-env:UserInstallation=" + profile.toAbsolutePath().toUri(), "--headless", "--norestore",
                "--nolockcheck", "--convert-to", "pdf", "--outdir", pdfDir.toAbsolutePath().toString()));
        files.forEach(f -> cmd.add(f.toAbsolutePath().toString()));
        run(cmd, workDir.resolve("soffice.log"));
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path pdf = pdfDir.resolve(baseName(f) + ".pdf");
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new AssertionError("LibreOffice did not convert " + name + " to PDF; see "
                        + workDir.resolve("soffice.log"));
            }
            Path txt = pdfDir.resolve(name + ".txt");
            run(List.of(pdftotext.get().toString(), "-enc", "UTF-8", pdf.toString(), txt.toString()),
                    workDir.resolve("pdftotext.log"));
            String text = Normalizer.normalize(Files.readString(txt, StandardCharsets.UTF_8), Normalizer.Form.NFC);
            texts.put(f, text.replaceAll("\\s+", " "));
        }
        System.out.printf("LibreOffice check: %d files converted to PDF and read back in %.1f s (%s)%n", files.size(),
                (System.nanoTime() - started) / 1e9, pdfDir);
        return Optional.of(texts);
    }

    private static String baseName(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static void run(List<String> cmd, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(cmd.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "): "
                    + Files.readString(log));
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
