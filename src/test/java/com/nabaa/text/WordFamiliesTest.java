package com.nabaa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The family list's format and the forms a line stands for. */
class WordFamiliesTest {
    @Test
    void aPastVerbGetsItsSubjectEndingsAndAPresentVerbItsPersonPrefixes() {
        assertThat(WordFamilies.forms(List.of(), List.of("فاز", "يفوز")))
                .contains("فاز", "فازت", "فازوا", "فازا", "يفوز", "تفوز", "نفوز", "افوز", "سيفوز", "ليفوز", "يفوزوا");
    }

    @Test
    void aNounGetsAnAttachedPrepositionAndTheAccusativeAlif() {
        assertThat(WordFamilies.forms(List.of("فوز"), List.of())).contains("فوز", "بفوز", "لفوز", "فوزا");
        assertThat(WordFamilies.forms(List.of("خسارة"), List.of())).contains("خسارة", "بخسارة")
                .doesNotContain("خسارةا");
    }

    @Test
    void theFirstWordNamesTheFamilyAndEveryFormBecomesItsTerm() {
        WordFamilies families = WordFamilies.of(List.of("# a comment", "فوز فائز | فاز يفوز"));
        assertThat(families.families()).containsOnlyKeys("فوز");
        assertThat(families.familyOf("يفوز")).contains("فوز");
        assertThat(families.familyOf("فاءز")).as("فائز, normalized and stemmed").contains("فوز");
        assertThat(families.familyOf("ربح")).isEmpty();
    }

    @Test
    void aFamilyOfVerbsAloneIsNamedByItsFirstVerb() {
        assertThat(WordFamilies.of(List.of("| أعلن يعلن")).familyOf("تعلن")).contains("اعلن");
    }

    @Test
    void aFormWrittenWithAMinusIsLeftOut() {
        WordFamilies families = WordFamilies.of(List.of("تتويج | توج يتوج -توجه"));
        assertThat(families.familyOf("توج")).as("توجه is stemmed to توج").isEmpty();
        assertThat(families.familyOf("توجت")).contains("تتويج");
    }

    @Test
    void aTermClaimedByTwoFamiliesStopsTheLoad() {
        assertThatThrownBy(() -> WordFamilies.of(List.of("توقيف | أوقف يوقف", "توقف | يتوقف")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("توقف");
    }

    @Test
    void theShippedListMeetsADiscoveryAndAnExitWithTheirVerbsButNotAGraduation() {
        assertThat(WordFamilies.NEWS.familyOf("اكتشفت")).contains("اكتشاف");
        assertThat(WordFamilies.NEWS.familyOf("يخرج")).contains("خروج");
        assertThat(WordFamilies.NEWS.familyOf("تخرج")).as("also a graduation").isEmpty();
        assertThat(WordFamilies.NEWS.familyOf("تهرب")).as("also tax evasion").isEmpty();
    }

    @Test
    void theShippedListMeetsHonouringBurningAndCallingForWithTheirVerbs() {
        assertThat(WordFamilies.NEWS.familyOf("كرم")).contains("تكريم");
        assertThat(WordFamilies.NEWS.familyOf("حرقوا")).contains("حرق");
        assertThat(WordFamilies.NEWS.familyOf("احرقا")).contains("حرق");
        assertThat(WordFamilies.NEWS.familyOf("دعت")).contains("دعو");
        assertThat(WordFamilies.NEWS.familyOf("يدعو")).contains("دعو");
    }

    @Test
    void theShippedListMeetsAskingForWithItsPresentButNotAStudent() {
        assertThat(WordFamilies.NEWS.familyOf("طلبت")).isEqualTo(WordFamilies.NEWS.familyOf("تطلب")).isPresent();
        assertThat(WordFamilies.NEWS.familyOf("طالب")).isNotEqualTo(WordFamilies.NEWS.familyOf("طلبت"));
    }

    @Test
    void theShippedListMeetsWhatIsBannedWithTheBan() {
        assertThat(WordFamilies.NEWS.familyOf("ممنوع")).isEqualTo(WordFamilies.NEWS.familyOf("منعت")).isPresent();
    }

    @Test
    void theShippedListMeetsSingingPlayingAndAPassengerWithTheirNewsWordsButNotTheRich() {
        // the fifty-sixth look's oud player: the reader's verbs, the news's nouns
        assertThat(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "body", "يغني"))
                .isEqualTo(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "body", "بالغناء"));
        assertThat(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "body", "يعزف"))
                .isEqualTo(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "body", "العزف"));
        assertThat(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "body", "الراكب"))
                .isEqualTo(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "body", "الركاب"));
        assertThat(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "body", "غني"))
                .as("the rich").isNotEqualTo(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "body", "الغناء"));
    }

    @Test
    void theShippedListLoads() {
        assertThat(WordFamilies.NEWS.families()).containsKeys("فوز", "انتخاب", "اتفاق", "تتويج", "هزيم", "خسار");
    }
}
