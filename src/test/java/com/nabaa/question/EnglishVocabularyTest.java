package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishVocabularyTest {
    @Test
    void wordsEnglishWritesInLowerCaseAreCommonInAnyOfTheirForms() {
        assertThat(EnglishVocabulary.common("racket")).isTrue();
        assertThat(EnglishVocabulary.common("incurable")).isTrue();
        assertThat(EnglishVocabulary.common("copied")).as("copy").isTrue();
        assertThat(EnglishVocabulary.common("renamed")).as("rename").isTrue();
        assertThat(EnglishVocabulary.common("spat")).as("spit, from WordNet's exceptions").isTrue();
    }

    @Test
    void namesAreNotCommonWords() {
        assertThat(EnglishVocabulary.common("perth")).as("WordNet writes it only as Perth").isFalse();
        assertThat(EnglishVocabulary.common("holgerson")).isFalse();
        assertThat(EnglishVocabulary.common("zorfkistan")).isFalse();
        assertThat(EnglishVocabulary.common("Racket")).as("typed with a capital: a name").isFalse();
        assertThat(EnglishVocabulary.common("s-400")).isFalse();
    }
}
