package com.nabaa.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import com.nabaa.news.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
    private static Article withParagraphs(String... paragraphs) {
        return Article.builder().id("a").url("https://x.example/a").title("عنوان")
                .paragraphs(List.of(paragraphs)).language(Language.ARABIC).build();
    }

    @Test
    void packsShortSentencesOfOneParagraphIntoOnePassage() {
        List<Passage> passages = PassageSplitter.split(withParagraphs("جملة أولى. جملة ثانية. جملة ثالثة."));

        assertThat(passages).extracting(Passage::text).containsExactly("جملة أولى. جملة ثانية. جملة ثالثة.");
    }

    @Test
    void startsANewPassageAfterThreeSentences() {
        List<Passage> passages = PassageSplitter.split(withParagraphs("ارتفع الذهب. تراجع الدولار. استقر النفط. هبطت البورصة."));

        assertThat(passages).extracting(Passage::text)
                .containsExactly("ارتفع الذهب. تراجع الدولار. استقر النفط.", "هبطت البورصة.");
    }

    @Test
    void numbersPassagesInReadingOrderAndKeepsTheArticleId() {
        String longParagraph = "كلمة ".repeat(40).strip() + ".";
        List<Passage> passages = PassageSplitter.split(withParagraphs(longParagraph, longParagraph, "خاتمة قصيرة."));

        assertThat(passages).extracting(Passage::ordinal).containsExactly(0, 1, 2);
        assertThat(passages).extracting(Passage::articleId).containsOnly("a");
    }

    @Test
    void anArticleWithoutBodyHasNoPassages() {
        assertThat(PassageSplitter.split(withParagraphs())).isEmpty();
    }

    @Test
    void leavesOutTheWireDatelineButKeepsATeaserGluedBeforeIt() {
        List<Passage> passages = PassageSplitter.split(withParagraphs(
                "دبي، الإمارات العربية المتحدة (CNN)-- قفز التضخم التركي إلى 17.9% في أغسطس.",
                "تعرف على أبرز الأخبار أتلانتا، الولايات المتحدة الأمريكية(CNN)— هبطت الليرة."));

        assertThat(passages).extracting(Passage::text).containsExactly(
                "قفز التضخم التركي إلى 17.9% في أغسطس. تعرف على أبرز الأخبار هبطت الليرة.");
        assertThat(String.join(" ", passages.stream().map(Passage::text).toList()))
                .doesNotContain("الإمارات", "دبي", "أتلانتا", "CNN");
    }
}
