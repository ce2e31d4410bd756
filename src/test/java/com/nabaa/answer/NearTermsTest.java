package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Terms below are analyzed forms, as the Arabic chain leaves them. */
class NearTermsTest {
    @Test
    void aFormThatExtendsTheOtherIsFound() {
        assertThat(NearTerms.found("استحواذ", Set.of("استحواذات"))).isTrue();
        assertThat(NearTerms.found("استحواذات", Set.of("فريق", "استحواذ"))).isTrue();
    }

    @Test
    void aOneLetterSlipIsFound() {
        assertThat(NearTerms.found("بورسه", Set.of("بورصه"))).isTrue();     // substitution
        assertThat(NearTerms.found("مشتريات", Set.of("مشتريت"))).isTrue();   // deletion
        assertThat(NearTerms.found("بلجيكا", Set.of("بلجيكيا"))).isTrue();   // insertion
    }

    @Test
    void twoSlipsAreNotFound() {
        assertThat(NearTerms.found("بورسا", Set.of("بورصه"))).isFalse();
    }

    @Test
    void shortTermsMustMatchExactly() {
        assertThat(NearTerms.found("سد", Set.of("سدود"))).isFalse();
        assertThat(NearTerms.found("فوز", Set.of("فاز"))).isFalse();
        assertThat(NearTerms.found("فوز", Set.of("فوز"))).isTrue();
    }

    @Test
    void aShortIndexedTermDoesNotMatchALongQuestionTermByPrefix() {
        assertThat(NearTerms.found("سدود", Set.of("سد"))).isFalse();
    }

    @Test
    void aNounInTaMarbutaBeforeAPronounIsTheNounItself() {
        // as the light stemmer leaves them: تسميته → تسميت, تسمية → تسم; حكومته → حكومت, حكومة → حكوم
        assertThat(NearTerms.found("تسميت", Set.of("تسم"))).isTrue();
        assertThat(NearTerms.found("تسم", Set.of("تسميت"))).isTrue();
        assertThat(NearTerms.found("حكومت", Set.of("حكوم"))).isTrue();
        // the stemmer leaves هم، هما، نا on: مباراتهم stays whole, مباراة is مبارا
        assertThat(NearTerms.found("مباراتهم", Set.of("مبارا"))).isTrue();
        assertThat(NearTerms.found("حكومتهما", Set.of("حكوم"))).isTrue();
    }

    @Test
    void aPastInTaIsNoNounBeforeAPronoun() {
        // a story's دفعت is "she paid" as often as anything: it does not answer for every دفع asked
        assertThat(NearTerms.found("دفع", Set.of("دفعت"))).isFalse();
    }

    @Test
    void aNounWhoseRootEndsInTaIsItsOwn() {
        assertThat(NearTerms.found("بيت", Set.of("بي"))).as("بيت is no بي of BBC").isFalse();
        assertThat(NearTerms.withPronoun("كويت", Set.of("كوي"))).as("a place ending in ت").isFalse();
    }

    @Test
    void aBodyOrALanguageBeforeAPronounIsTheNounThoughItsStemIsShort() {
        // جثته → جثت, جثة → جث: "لقوا جثته" of a story telling that the pilot's body was found
        assertThat(NearTerms.found("جثت", Set.of("جث"))).isTrue();
        assertThat(NearTerms.found("لغت", Set.of("لغ"))).isTrue();
        // other two-letter stems stay apart: Egypt's شفت is "I saw", no lip (شفة)
        assertThat(NearTerms.found("شفت", Set.of("شف"))).isFalse();
    }

    @Test
    void hisTypedWawIsTheNewsNounWhoseStemIsShort() {
        // "فقضية موتو": موته → موت; not a longer word's letters
        assertThat(NearTerms.found("موتو", Set.of("موت"))).isTrue();
        assertThat(NearTerms.found("موتو", Set.of("مو"))).isFalse();
        // عمرو is a name (Amr) as often: any story's عمره (his age) is not it
        assertThat(NearTerms.found("عمرو", Set.of("عمر"))).isFalse();
    }
}
