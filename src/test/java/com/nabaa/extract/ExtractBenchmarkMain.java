package com.nabaa.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Writes predictions for a benchmark file of {@code {"id","url","html"}} lines (plain or .gz),
 * to be scored with {@code /work/shared/extract/score.py}; prints counts and time per page.
 * Usage: {@code ExtractBenchmarkMain PAGES.jsonl[.gz] PREDICTIONS.jsonl [passes]} — with two or
 * more passes the last one is timed, after the JIT has warmed up.
 */
final class ExtractBenchmarkMain {
    private ExtractBenchmarkMain() {
    }

    public static void main(String[] args) throws IOException {
        Path pages = Path.of(args[0]);
        Path predictions = Path.of(args[1]);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int pass = 1; pass <= passes; pass++) {
            long start = System.nanoTime();
            ExtractJsonl.Report report;
            try (InputStream in = open(pages); OutputStream out = Files.newOutputStream(predictions)) {
                report = ExtractJsonl.run(in, out);
            }
            double ms = (System.nanoTime() - start) / 1e6;
            System.err.printf("pass %d: %s, %.1f ms/page%n", pass, report, ms / Math.max(1, report.pages()));
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
