package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs of twelve words that several candidate passages share, however the passages space them. */
class WordRunsTest {
    private static final String TEASER = "أعلن الإنتربول القبض على مواطن مطلوب في الخارج واسترداده إلى المملكة بعد ملاحقته";

    @Test
    void aRunOnThreePassagesIsSharedByEachOfThem() {
        WordRuns runs = WordRuns.of(List.of(
                "بحث رئيسا أركان الجيشين التعاون العسكري. " + TEASER,
                "رحب الوزير بالحكم.\n\n" + TEASER.replace(" ", "  ") + " بقضايا احتيال",
                TEASER.replace(" ", "\n"),
                "خبر آخر لا يتكرر فيه شيء من ذلك على الإطلاق ولا يشبه غيره من الأخبار في هذه الصفحات"));

        assertThat(runs.shares(0, 3)).isTrue();
        assertThat(runs.shares(1, 3)).isTrue();
        assertThat(runs.shares(2, 3)).isTrue();
        assertThat(runs.shares(3, 3)).isFalse();
        assertThat(runs.shares(0, 4)).isFalse();
    }

    @Test
    void elevenWordsInCommonAreNoRun() {
        String eleven = String.join(" ", List.of(TEASER.split(" ")).subList(0, 11));
        WordRuns runs = WordRuns.of(List.of(eleven + " أولا", eleven + " ثانيا", eleven + " ثالثا", ""));

        assertThat(runs.shares(0, 3)).isFalse();
        assertThat(runs.shares(3, 1)).isFalse();
    }

    @Test
    void aPassageCountsItsOwnRepeatedRunOnce() {
        WordRuns runs = WordRuns.of(List.of(TEASER + " " + TEASER + " " + TEASER, "سطر قصير"));

        assertThat(runs.shares(0, 2)).isFalse();
        assertThat(runs.shares(0, 1)).isTrue();
    }
}
