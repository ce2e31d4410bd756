package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.testing.NabaaProcess;
import com.nabaa.testing.SyntheticCorpus;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real ingest process mid-run and checks that the next run converges to a consistent index. */
class CrashSafetyTest {
    private static final int ARTICLES = 15_000;

    @TempDir
    Path dir;

    @Test
    void anIngestKilledMidRunLeavesAConsistentIndexAndTheReRunConverges() throws Exception {
        Path input = SyntheticCorpus.write(dir.resolve("synthetic.jsonl"), "syn", ARTICLES);
        Path home = dir.resolve("home");
        NabaaProcess ingest = NabaaProcess.start(home, dir.resolve("ingest.log"), "ingest", "--no-progress",
                input.toString());
        NabaaProcess.awaitStored(home, 1_000);
        boolean killedMidRun = ingest.process().isAlive();
        ingest.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

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
}
