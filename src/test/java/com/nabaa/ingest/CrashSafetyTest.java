package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real ingest process mid-run and checks that the next run converges to a consistent index. */
class CrashSafetyTest {
    private static final int ARTICLES = 15_000;
    private static final List<String> WORDS = List.of("الحكومة", "أعلنت", "وزير", "الاقتصاد", "مصر", "القاهرة",
            "مباراة", "الدوري", "أسعار", "الذهب", "ارتفاع", "المناخ", "الطاقة", "قمة", "الرئيس", "البرلمان");

    @TempDir
    Path dir;

    @Test
    void anIngestKilledMidRunLeavesAConsistentIndexAndTheReRunConverges() throws Exception {
        Path input = writeCorpus(dir.resolve("synthetic.jsonl"));
        Path home = dir.resolve("home");
        Process ingest = new ProcessBuilder(javaCommand(), "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "com.nabaa.app.Main", "--home", home.toString(), "ingest", "--no-progress", input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
        boolean killedMidRun = killOnceSomethingIsStored(ingest, home.resolve("nabaa.db"));

        try (IngestFixture f = new IngestFixture(home)) {
            long storedBeforeRerun = f.store.count();
            assertThat(f.index.articleCount()).isLessThanOrEqualTo((int) storedBeforeRerun);

            IngestReport rerun = f.ingest(input.toString());

            assertThat(f.store.count()).isEqualTo(ARTICLES);
            assertThat(f.index.articleCount()).isEqualTo(ARTICLES);
            assertThat(f.index.committedSeq()).isEqualTo(f.store.maxSeq());
            assertThat(rerun.addedCount()).isEqualTo(ARTICLES - storedBeforeRerun);
            assertThat(rerun.failures()).isEmpty();
        }
        assertThat(killedMidRun).as("the ingest was still running when killed").isTrue();
    }

    private static boolean killOnceSomethingIsStored(Process p, Path db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (storedCount(db) >= 1_000) break;
            Thread.sleep(50);
        }
        boolean alive = p.isAlive();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        return alive;
    }

    private static long storedCount(Path db) {
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // the table may not exist yet
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Path writeCorpus(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder body = new StringBuilder("الخبر رقم " + i + ".");
                for (int s = 0; s < 12; s++) {
                    body.append(s % 4 == 0 ? "\n" : " ");
                    for (int w = 0; w < 10; w++) body.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
                    body.append("وقال المصدر ").append(i).append('.');
                }
                out.write(json.writeValueAsString(Map.of("id", "syn-" + i, "url", "https://x.example/" + i,
                        "title", "عنوان الخبر " + i, "body", body.toString(), "date", "2026-11-20T10:00:00+02:00")));
                out.newLine();
            }
        }
        return file;
    }
}
