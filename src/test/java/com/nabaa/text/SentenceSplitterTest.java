package com.nabaa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String paragraph) {
        return SentenceSplitter.split(paragraph);
    }

    @Test
    void splitsArabicSentencesAndKeepsTheirPunctuation() {
        assertThat(split("التقى الرئيسان في هلسنكي. وناقشا الملف السوري! فهل اتفقا؟ لم يعلن ذلك."))
                .containsExactly("التقى الرئيسان في هلسنكي.", "وناقشا الملف السوري!", "فهل اتفقا؟", "لم يعلن ذلك.");
    }

    @Test
    void arabicSemicolonEndsASentence() {
        assertThat(split("ارتفعت الأسعار؛ وتراجع الطلب."))
                .containsExactly("ارتفعت الأسعار؛", "وتراجع الطلب.");
    }

    @Test
    void arabicCommaDoesNotEndASentence() {
        assertThat(split("قال الوزير، في مؤتمر صحفي، إن المحادثات ستستمر."))
                .containsExactly("قال الوزير، في مؤتمر صحفي، إن المحادثات ستستمر.");
    }

    @Test
    void lineBreaksEndSentencesEvenWithoutPunctuation() {
        assertThat(split("عاجل\nقمة ترامب وبوتين في هلسنكي\r\n\nبدأت القمة صباح الاثنين."))
                .containsExactly("عاجل", "قمة ترامب وبوتين في هلسنكي", "بدأت القمة صباح الاثنين.");
    }

    @Test
    void runsOfTerminatorsStayTogether() {
        assertThat(split("هل هذا معقول؟! نعم.")).containsExactly("هل هذا معقول؟!", "نعم.");
    }

    @Test
    void doesNotSplitInsideNumbers() {
        assertThat(split("نما الاقتصاد 3.5 في المئة، و١٫٥ في المئة العام الماضي. وتوقع البنك المزيد."))
                .containsExactly("نما الاقتصاد 3.5 في المئة، و١٫٥ في المئة العام الماضي.", "وتوقع البنك المزيد.");
    }

    @Test
    void doesNotSplitAfterEnglishAbbreviations() {
        assertThat(split("Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5. They talked."))
                .containsExactly("Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5.", "They talked.");
    }

    @Test
    void doesNotSplitAfterArabicAbbreviations() {
        assertThat(split("قال أ.د. محمد علي إن د. سامي سيحضر. وأكد ذلك م. أحمد."))
                .containsExactly("قال أ.د. محمد علي إن د. سامي سيحضر.", "وأكد ذلك م. أحمد.");
    }

    @Test
    void ellipsisDoesNotEndASentence() {
        assertThat(split("قال إن الوضع... صعب جدا. وأضاف أن الحل… قريب."))
                .containsExactly("قال إن الوضع... صعب جدا.", "وأضاف أن الحل… قريب.");
    }

    @Test
    void doesNotSplitInsideShortQuotes() {
        assertThat(split("وقال: «لن نتراجع. هذا قرارنا» ثم غادر القاعة. وصفق الحضور."))
                .containsExactly("وقال: «لن نتراجع. هذا قرارنا» ثم غادر القاعة.", "وصفق الحضور.");
        assertThat(split("He said \"No. Never\" and left. Then it rained."))
                .containsExactly("He said \"No. Never\" and left.", "Then it rained.");
    }

    @Test
    void quoteEndingWithATerminatorEndsTheSentence() {
        assertThat(split("وقال: \"الوضع خطير.\" وأضاف أن الحل قريب."))
                .containsExactly("وقال: \"الوضع خطير.\"", "وأضاف أن الحل قريب.");
        assertThat(split("\"Stop.\" he said. Then he left."))
                .containsExactly("\"Stop.\" he said.", "Then he left.");
    }

    @Test
    void terminatorBeforeAClosingQuoteKeepsTheQuote() {
        assertThat(split("قال «انتهى»! ثم غادر.")).containsExactly("قال «انتهى»!", "ثم غادر.");
    }

    @Test
    void longQuotesAreSplitLikeProse() {
        String longQuote = "«" + "كلام طويل جدا ".repeat(20) + "انتهى. " + "وبدأ كلام آخر طويل ".repeat(5) + "»";
        assertThat(split(longQuote)).hasSize(2);
    }

    @Test
    void doesNotSplitUrlsOrEmails() {
        assertThat(split("التفاصيل على www.bbc.com/arabic?id=1.5 أو news@example.com. شكرا."))
                .containsExactly("التفاصيل على www.bbc.com/arabic?id=1.5 أو news@example.com.", "شكرا.");
    }

    @Test
    void listNumbersAtLineStartDoNotSplit() {
        assertThat(split("1. وقف إطلاق النار\n2. تبادل الأسرى"))
                .containsExactly("1. وقف إطلاق النار", "2. تبادل الأسرى");
    }

    @Test
    void textWithoutTerminatorIsOneSentenceAndBlankTextIsNone() {
        assertThat(split("  بوتين وترامب  ")).containsExactly("بوتين وترامب");
        assertThat(split(" \n ")).isEmpty();
        assertThat(split("")).isEmpty();
    }
}
