package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.testing.NabaaProcess;
import com.nabaa.testing.SyntheticCorpus;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's shell beside a running ingest: real {@code nabaa} processes on one home. Readers
 * work while the index is held, a second ingest stores and gets its articles indexed by the holder
 * (or after it), and in the end everything stored is indexed.
 */
class CrossProcessTest {
    private static final int FIRST = 30_000;
    private static final int SECOND = 3_000;
    private static final Pattern STATUS = Pattern.compile("articles:\\s+(\\d+) stored, (\\d+) indexed");
    private static final Pattern SEQS = Pattern.compile("store seq:\\s+(\\d+) \\(index has (\\d+)\\)");

    @TempDir
    Path dir;

    @Test
    void askStatusAndASecondIngestWorkWhileAnIngestHoldsTheIndex() throws Exception {
        Path home = dir.resolve("home");
        Path first = SyntheticCorpus.write(dir.resolve("first.jsonl"), "first", FIRST);
        Path second = SyntheticCorpus.write(dir.resolve("second.jsonl"), "second", SECOND);
        NabaaProcess ingest = NabaaProcess.start(home, dir.resolve("ingest-1.log"), "ingest", "--no-progress",
                first.toString());
        assertThat(NabaaProcess.awaitStored(home, 1_000)).as("the first ingest stores").isTrue();

        NabaaProcess statusRun = NabaaProcess.start(home, dir.resolve("status.log"), "status");
        NabaaProcess askRun = NabaaProcess.start(home, dir.resolve("ask.log"), "ask", "--json", "أسعار الذهب في القاهرة");
        NabaaProcess secondIngest = NabaaProcess.start(home, dir.resolve("ingest-2.log"), "ingest", "--no-progress",
                second.toString());
        NabaaProcess.Result status = statusRun.await(120);
        NabaaProcess.Result ask = askRun.await(120);
        boolean firstStillRunning = ingest.process().isAlive();
        NabaaProcess.Result firstDone = ingest.await(120);
        NabaaProcess.Result secondDone = secondIngest.await(120);

        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains("held by a running process").doesNotContain("Lock held");
        assertThat(ask.exitCode()).as(ask.output()).isZero();
        assertThat(ask.output()).contains("\"no_answer\"").doesNotContain("Lock held");
        assertThat(firstStillRunning).as("status and ask ran while the first ingest did").isTrue();
        assertThat(firstDone.exitCode()).as(firstDone.output()).isZero();
        assertThat(firstDone.output()).contains(FIRST + " new");
        assertThat(secondDone.exitCode()).as(secondDone.output()).isZero();
        assertThat(secondDone.output()).contains(SECOND + " new").doesNotContain("not indexed yet");

        NabaaProcess.Result after = NabaaProcess.run(home, dir.resolve("status-after.log"), "status");
        Matcher counts = STATUS.matcher(after.output());
        Matcher seqs = SEQS.matcher(after.output());
        assertThat(counts.find()).as(after.output()).isTrue();
        assertThat(seqs.find()).as(after.output()).isTrue();
        assertThat(counts.group(1)).isEqualTo(String.valueOf(FIRST + SECOND));
        assertThat(counts.group(2)).isEqualTo(counts.group(1));
        assertThat(seqs.group(2)).isEqualTo(seqs.group(1));
    }
}
