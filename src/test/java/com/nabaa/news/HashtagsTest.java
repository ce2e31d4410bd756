package com.nabaa.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A hashtag in an outlet's prose reads as its words ({@link Hashtags}). */
class HashtagsTest {

    @Test
    void aTaggedNameIsItsWordsWithoutTheMarkOrTheUnderscores() {
        assertThat(Hashtags.unfold("ولقي #زاك_كوكس حتفه في #الدوحة."))
                .isEqualTo("ولقي زاك كوكس حتفه في الدوحة.");
        assertThat(Hashtags.unfold("a #Climate_Change march")).isEqualTo("a Climate Change march");
    }

    @Test
    void aMarkBeforeAFigureOrAfterALetterIsNoHashtag() {
        assertThat(Hashtags.unfold("المصنف #1 عالميا بلغة C# و&#1234;")).isEqualTo("المصنف #1 عالميا بلغة C# و&#1234;");
    }
}
