package com.nabaa.app;

import com.nabaa.config.Settings;
import com.nabaa.ingest.IngestReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests the shared corpus into a fresh bench home twice (first run, then the same run again)",
                "and prints throughput, heap and index size. The bench home is kept for `nabaa bench ask`."})
final class BenchIngestCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--corpus", paramLabel = "FILE", description = "JSON Lines corpus (default: <shared>/corpus/ant-multisource-2018.jsonl.gz)")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        Settings base = bench.parent.settings();
        Path input = corpus != null ? corpus : base.shared().resolve("corpus/ant-multisource-2018.jsonl.gz");
        if (!Files.isRegularFile(input)) {
            System.err.println("nabaa bench ingest: corpus not found at " + input + " (set --corpus or NABAA_SHARED)");
            return 2;
        }
        Settings settings = base.withHome(BenchHome.path(base));
        deleteRecursively(settings.home());
        System.out.printf("bench ingest: %s, JVM max heap %d MB, %d cores%n", input,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        for (String run : List.of("first run", "re-run")) {
            resetPeaks();
            try (NabaaRuntime ws = NabaaRuntime.open(settings, NabaaRuntime.Role.INGEST)) {
                long start = System.nanoTime();
                IngestReport report = ws.ingest(List.of(input.toString()), false, false, Optional.empty(), System.err);
                // Until the index has committed it all: stored and searchable.
                ws.awaitIndexed(report.lastSeq(), java.time.Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-9s: %,d articles seen (%d new, %d updated, %d unchanged, %d duplicate, %d failed)"
                                + " in %.1f s = %,.0f articles/s; peak heap used %d MB%n",
                        run, report.seen(), report.addedCount(), report.updatedCount(), report.unchangedCount(),
                        report.duplicateCount(), report.failures().size(), seconds, report.seen() / seconds,
                        peakHeapMb());
                // As `nabaa ingest` ends: the index merged into one segment, timed apart.
                long mergeStart = System.nanoTime();
                int segments = ws.indexSegments();
                if (ws.compactIndex()) {
                    System.out.printf("  merge  : the index's %d segments merged into one in %.1f s, as `nabaa ingest` does at its end%n",
                            segments, (System.nanoTime() - mergeStart) / 1e9);
                }
            }
        }
        System.out.printf("index %d MB, database %d MB at %s%n", sizeMb(settings.indexDir()),
                sizeMb(settings.databaseFile()), settings.home());
        return 0;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    static long sizeMb(Path p) throws IOException {
        if (!Files.exists(p)) return 0;
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
