package com.nabaa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline asked at a reader's clock sees what was published by then, and the undated paragraphs. */
class BaselineClockTest {
    @TempDir
    Path dir;

    @Test
    void aQuestionAtAClockDoesNotSeeLaterArticlesButSeesUndatedParagraphs() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus))) {
            out.write(("""
                    {"id":"early","title":"أسعار النفط ترتفع","body":"ارتفعت أسعار النفط اليوم.","date":"2018-03-01T10:00:00+02:00"}
                    {"id":"late","title":"أسعار النفط تهبط","body":"هبطت أسعار النفط اليوم.","date":"2018-09-01T10:00:00+02:00"}
                    """).getBytes(StandardCharsets.UTF_8));
        }
        QaSet wiki = new QaSet("wiki", List.of(), List.of(new QaSet.Context("para", "النفط", "النفط سائل يستخرج من الأرض وأسعار النفط تتغير.")));

        try (BaselineIndex baseline = BaselineIndex.build(dir.resolve("baseline"), corpus, List.of(wiki))) {
            assertThat(baseline.search("أسعار النفط", 10, Optional.of(Instant.parse("2018-06-01T00:00:00Z"))))
                    .extracting(BaselineIndex.Hit::id).containsExactlyInAnyOrder("early", "para");
            assertThat(baseline.search("أسعار النفط", 10)).extracting(BaselineIndex.Hit::id)
                    .containsExactlyInAnyOrder("early", "late", "para");
        }
        assertThat(BaselineIndex.exists(dir.resolve("baseline"))).isTrue();
        assertThat(BaselineIndex.exists(dir.resolve("elsewhere"))).isFalse();
    }
}
