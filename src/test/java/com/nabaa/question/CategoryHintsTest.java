package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link CategoryHints}, through {@link #check}. */
class CategoryHintsTest {

    private static void check(String question, String category, boolean explicit, String span) {
        Optional<CategoryHint> hint = CategoryHints.find(question);
        assertThat(hint).as(question).isPresent();
        assertThat(hint.get().category()).as(question).isEqualTo(category);
        assertThat(hint.get().explicit()).as(question + " explicit").isEqualTo(explicit);
        assertThat(question.substring(hint.get().start(), hint.get().end())).isEqualTo(span);
    }

    private static void checkNone(String question) {
        assertThat(CategoryHints.find(question)).as(question).isEmpty();
    }

    @Test
    void newsOfASectionIsExplicit() {
        check("آخر أخبار الرياضة", "sport", true, "أخبار الرياضة");
        check("اخبار الاقتصاد النهارده", "economy", true, "اخبار الاقتصاد");
        check("أخبار التكنولوجيا", "technology", true, "أخبار التكنولوجيا");
        check("أخبار الفن", "culture", true, "أخبار الفن");
        check("أخبار الشرق الأوسط", "middleEast", true, "أخبار الشرق الأوسط");
        check("ايه اخبار العالم", "internationalNews", true, "اخبار العالم");
    }

    @Test
    void newsWithASectionAdjectiveIsExplicit() {
        check("الأخبار الرياضية", "sport", true, "الأخبار الرياضية");
        check("أهم الأخبار الاقتصادية", "economy", true, "الأخبار الاقتصادية");
        check("الاخبار الدولية", "internationalNews", true, "الاخبار الدولية");
    }

    @Test
    void newsOfASectionsSubjectIsATopicNotTheSection() {
        check("أخبار البورصة", "economy", false, "البورصة");
        check("اخبار الدوري", "sport", false, "الدوري");
    }

    @Test
    void egyptianSectionWordsAreExplicitAfterNews() {
        check("عايز اخبار الكورة", "sport", true, "اخبار الكورة");
    }

    @Test
    void englishSectionNewsIsExplicit() {
        check("latest sports news", "sport", true, "sports news");
        check("Business news today", "economy", true, "Business news");
        check("any news about technology", "technology", true, "news about technology");
        check("world news", "internationalNews", true, "world news");
    }

    @Test
    void aSectionWordAloneIsTopical() {
        check("مين فاز في الماتش", "sport", false, "الماتش");
        check("سعر الدولار كام", "economy", false, "سعر");
        check("إيه الجديد في الذكاء الاصطناعي", "technology", false, "الذكاء الاصطناعي");
        check("who won the football match", "sport", false, "football");
    }

    @Test
    void topicalWordsTakeAttachedConjunctionsAndPrepositions() {
        check("التضخم وبالدولار", "economy", false, "التضخم");
        check("ماذا حدث بالبورصة", "economy", false, "بالبورصة");
    }

    @Test
    void explicitWinsOverAnEarlierTopicalWord() {
        check("بعد الماتش عايز أخبار الاقتصاد", "economy", true, "أخبار الاقتصاد");
    }

    @Test
    void firstTopicalWordWinsAmongTopical() {
        check("البورصة بعد المباراة", "economy", false, "البورصة");
    }

    @Test
    void worldCupIsSportNotInternational() {
        check("كأس العالم", "sport", false, "كأس العالم");
    }

    @Test
    void hamzaAndTehMarbutaSpellingsMatch() {
        check("اخبار الرياضه", "sport", true, "اخبار الرياضه");
        check("مباراة الأهلي", "sport", false, "مباراة");
    }

    @Test
    void questionsWithoutSectionWordsHaveNoHint() {
        checkNone("ماذا قال ترامب عن بوتين");
        checkNone("what did Macron say");
    }
}
