package com.nabaa.text;

import static com.nabaa.text.LanguageDetector.detect;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void arabicNewsSentenceIsArabic() {
        assertThat(detect("أعلنت وزارة الخارجية المصرية أن الرئيس سيلتقي نظيره الأمريكي.")).isEqualTo(Language.ARABIC);
    }

    @Test
    void dialectQuestionIsArabic() {
        assertThat(detect("ايه اللي حصل في قمة ترامب وبوتين؟")).isEqualTo(Language.ARABIC);
    }

    @Test
    void englishSentenceIsEnglish() {
        assertThat(detect("What happened at the Trump-Putin summit?")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void arabicQuestionWithALatinBrandNameIsArabic() {
        assertThat(detect("ايه اخبار iPhone الجديد")).isEqualTo(Language.ARABIC);
    }

    @Test
    void englishSentenceQuotingAnArabicNameIsEnglish() {
        assertThat(detect("Egypt's president, known in Arabic as السيسي, met the delegation"))
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void linksEmailsAndMentionsDoNotMakeArabicTextEnglish() {
        assertThat(detect("التفاصيل هنا https://www.example.com/news/2018/summit-trump-putin @nabaa_news_bot"))
                .isEqualTo(Language.ARABIC);
        assertThat(detect("راسلونا reporters@example-news.com")).isEqualTo(Language.ARABIC);
    }

    @Test
    void digitsAndPunctuationAloneAreOther() {
        assertThat(detect("٢٠١٨ - 2018 ؟!")).isEqualTo(Language.OTHER);
        assertThat(detect("")).isEqualTo(Language.OTHER);
        assertThat(detect("   ")).isEqualTo(Language.OTHER);
    }

    @Test
    void digitsDoNotCountForEitherScript() {
        assertThat(detect("قمة 2018 2019 2020 2021")).isEqualTo(Language.ARABIC);
        assertThat(detect("G20 ٢٠١٨ ٢٠١٩ ٢٠٢٠")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void shortTextsAreDetectedFromTheirFewLetters() {
        assertThat(detect("مصر")).isEqualTo(Language.ARABIC);
        assertThat(detect("Apple")).isEqualTo(Language.ENGLISH);
        assertThat(detect("ok؟")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void equalLettersGoToArabic() {
        assertThat(detect("abc ابت")).isEqualTo(Language.ARABIC);
    }

    @Test
    void persianAndUrduScriptCountAsArabic() {
        assertThat(detect("خبرگزاری ایران")).isEqualTo(Language.ARABIC);
    }

    @Test
    void otherScriptsAreOther() {
        assertThat(detect("Встреча Путина и Трампа")).isEqualTo(Language.OTHER);
        assertThat(detect("特朗普 普京")).isEqualTo(Language.OTHER);
    }

    @Test
    void latinScriptArabicIsTreatedAsEnglish() {
        assertThat(detect("3ayez a3raf eh elly 7asal")).isEqualTo(Language.ENGLISH);
    }
}
