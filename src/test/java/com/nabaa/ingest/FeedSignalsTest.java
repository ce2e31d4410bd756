package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedSignalsTest {

    private static void breaking(String title, String stripped) {
        assertThat(FeedSignals.hasBreakingPrefix(title)).as(title).isTrue();
        assertThat(FeedSignals.stripBreakingPrefix(title)).isEqualTo(stripped);
    }

    private static void ordinary(String title) {
        assertThat(FeedSignals.hasBreakingPrefix(title)).as(title).isFalse();
        assertThat(FeedSignals.stripBreakingPrefix(title)).isEqualTo(title);
    }

    private static FeedItem summaryOnly(String summaryHtml) {
        return new FeedItem("", "https://x.example/a", "t", Optional.empty(), summaryHtml, "", List.of(), "",
                Optional.empty(), false);
    }

    @Test
    void stripsArabicMarkWithColon() {
        breaking("عاجل: انقطاع الكهرباء عن وسط المدينة", "انقطاع الكهرباء عن وسط المدينة");
        breaking("عاجل : انقطاع الكهرباء", "انقطاع الكهرباء");
    }

    @Test
    void stripsArabicMarkWithDotsBarOrComma() {
        breaking("عاجل.. انقطاع الكهرباء", "انقطاع الكهرباء");
        breaking("عاجل | انقطاع الكهرباء", "انقطاع الكهرباء");
        breaking("عاجل، انقطاع الكهرباء", "انقطاع الكهرباء");
        breaking("خبر عاجل - انقطاع الكهرباء", "انقطاع الكهرباء");
    }

    @Test
    void stripsBracketedMark() {
        breaking("[عاجل] انقطاع الكهرباء", "انقطاع الكهرباء");
        breaking("«عاجل» انقطاع الكهرباء", "انقطاع الكهرباء");
        breaking("(Breaking) Power cut downtown", "Power cut downtown");
    }

    @Test
    void stripsEnglishMarkInAnyCase() {
        breaking("Breaking: Power cut downtown", "Power cut downtown");
        breaking("BREAKING NEWS - Power cut downtown", "Power cut downtown");
    }

    @Test
    void ignoresMarkWithoutSeparatorOrInsideTitle() {
        ordinary("Breaking Bad actor opens a bakery");
        ordinary("الحكومة تدعو إلى اجتماع عاجل: التفاصيل");
        ordinary("عاجل");
    }

    @Test
    void recognisesBreakingCategories() {
        assertThat(FeedSignals.isBreakingCategory("عاجل")).isTrue();
        assertThat(FeedSignals.isBreakingCategory(" أخبار عاجلة ")).isTrue();
        assertThat(FeedSignals.isBreakingCategory("Breaking News")).isTrue();
        assertThat(FeedSignals.isBreakingCategory("اقتصاد")).isFalse();
    }

    @Test
    void shortSummaryIsTeaser() {
        assertThat(FeedSignals.isTeaser(summaryOnly("<p>Two lines only.</p>"))).isTrue();
    }

    @Test
    void longSingleParagraphEndingInEllipsisIsTeaser() {
        assertThat(FeedSignals.isTeaser(summaryOnly("<p>" + "word ".repeat(100) + "...</p>"))).isTrue();
    }

    @Test
    void longSummaryWithoutEllipsisIsNotTeaser() {
        assertThat(FeedSignals.isTeaser(summaryOnly("<p>" + "word ".repeat(100) + "end.</p>"))).isFalse();
    }

    @Test
    void findsFirstImageSkippingDataUris() {
        assertThat(FeedSignals.firstImage("<img src=\"data:image/gif;base64,AA\"><img src=\"/a.jpg\">"))
                .isEqualTo("/a.jpg");
        assertThat(FeedSignals.firstImage("<p>no image</p>")).isEmpty();
    }

    @Test
    void itemNeedsLinkOrTitleAndDefaultsGuidToLink() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FeedItem("g", " ", "", Optional.empty(),
                "s", "", List.of(), "", Optional.empty(), false));
        FeedItem item = new FeedItem(null, " https://x.example/a ", null, Optional.empty(), null, null,
                List.of(" ", "sport"), null, Optional.of(" "), false);
        assertThat(item.guid()).isEqualTo("https://x.example/a");
        assertThat(item.title()).isEmpty();
        assertThat(item.categories()).containsExactly("sport");
        assertThat(item.image()).isEmpty();
    }
}
