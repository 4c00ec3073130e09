package dev.tminus.report;

import dev.tminus.profile.Secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the verdict in every form into {@code reports/}: readiness.md, .html, .pdf, .json, and the
 * console summary (readiness.txt). Each file is written to a temporary name and moved into place.
 */
public final class ReadinessFiles {

    public static final List<String> NAMES = List.of("readiness.md", "readiness.html", "readiness.pdf",
            "readiness.json", "readiness.txt");

    private ReadinessFiles() {
    }

    public static void write(Readiness readiness, Path reports) {
        try {
            Files.createDirectories(reports);
            put(reports.resolve("readiness.md"), Secrets.mask(ReadinessMarkdown.render(readiness)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put(reports.resolve("readiness.html"), Secrets.mask(ReadinessHtml.render(readiness)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put(reports.resolve("readiness.pdf"), ReadinessPdf.render(readiness));
            put(reports.resolve("readiness.txt"), Secrets.mask(ConsoleSummary.render(readiness)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put(reports.resolve("readiness.json"), Secrets.mask(ReadinessJson.render(readiness)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the readiness summary into " + reports, e);
        }
    }

    /** Removes the verdict of an earlier run, so a run that stops early cannot leave a stale READY behind. */
    public static void clear(Path reports) {
        try {
            for (String name : NAMES) {
                Files.deleteIfExists(reports.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the earlier readiness summary from " + reports, e);
        }
    }

    private static void put(Path file, byte[] content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
