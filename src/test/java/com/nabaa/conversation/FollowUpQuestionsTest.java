package com.nabaa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The question a follow-up becomes after an answer, as the chat and the evaluation ask it. */
class FollowUpQuestionsTest {
    @Test
    void aFollowUpThatAddsNothingAsksForTheTopicAlone() {
        assertThat(FollowUpQuestions.about("سد النهضة", "وبعدين؟")).isEqualTo("سد النهضة");
    }

    @Test
    void aFollowUpAddsWhatItAsksAboutAndKeepsItsQuestionMark() {
        assertThat(FollowUpQuestions.about("حادث القطار", "ومين المسؤول؟")).isEqualTo("حادث القطار المسؤول؟");
        assertThat(FollowUpQuestions.about("حادث القطار", "المسؤول")).isEqualTo("حادث القطار المسؤول");
    }

    @Test
    void aFollowUpNamingANewSideAsksTheTopicWithThatSide() {
        assertThat(FollowUpQuestions.about("اختفاء جمال خاشقجي", "وتركيا قالت ايه؟")).isEqualTo("اختفاء جمال خاشقجي تركيا قالت؟");
        assertThat(FollowUpQuestions.pointsBack("وتركيا قالت ايه؟", News.NOW)).isTrue();
    }

    @Test
    void onlyAMessageWithoutATopicOfItsOwnPointsBack() {
        assertThat(FollowUpQuestions.pointsBack("وايه السبب؟", News.NOW)).isTrue();
        assertThat(FollowUpQuestions.pointsBack("ومين المسؤول عن حادث القطار؟", News.NOW)).isFalse();
    }
    @Test
    void aFollowUpKeepsTheWordsAskingWhereWhenOrHowMany() {
        assertThat(FollowUpQuestions.about("هبوط طائرة سعودية اضطراريا", "وكانت رايحة وين؟"))
                .isEqualTo("هبوط طائرة سعودية اضطراريا وين؟");
        assertThat(FollowUpQuestions.about("حادث القطار", "ووين صار؟")).isEqualTo("حادث القطار وين؟");
        assertThat(FollowUpQuestions.about("حادث القطار", "وكام واحد مات؟")).isEqualTo("حادث القطار كام مات؟");
    }
}
