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
}
