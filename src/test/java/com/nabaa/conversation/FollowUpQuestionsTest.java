package com.nabaa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The question a follow-up becomes after an answer, as the chat and the evaluation ask it. */
class FollowUpQuestionsTest {
    @Test
    void aFollowUpThatAddsNothingAsksForTheTopicAlone() {
        assertThat(FollowUpQuestions.about("سد النهضة", "وبعدين؟", News.NOW)).isEqualTo("سد النهضة");
    }

    @Test
    void aFollowUpAddsWhatItAsksAboutAndKeepsItsQuestionMark() {
        assertThat(FollowUpQuestions.about("حادث القطار", "ومين المسؤول؟", News.NOW)).isEqualTo("حادث القطار المسؤول؟");
        assertThat(FollowUpQuestions.about("حادث القطار", "المسؤول", News.NOW)).isEqualTo("حادث القطار المسؤول");
    }

    @Test
    void aFollowUpNamingANewSideAsksTheTopicWithThatSide() {
        assertThat(FollowUpQuestions.about("اختفاء جمال خاشقجي", "وتركيا قالت ايه؟", News.NOW)).isEqualTo("اختفاء جمال خاشقجي تركيا قالت؟");
        assertThat(FollowUpQuestions.pointsBack("وتركيا قالت ايه؟", News.NOW)).isTrue();
    }

    @Test
    void onlyAMessageWithoutATopicOfItsOwnPointsBack() {
        assertThat(FollowUpQuestions.pointsBack("وايه السبب؟", News.NOW)).isTrue();
        assertThat(FollowUpQuestions.pointsBack("ومين المسؤول عن حادث القطار؟", News.NOW)).isFalse();
    }
    @Test
    void aFollowUpKeepsTheWordsAskingWhereWhenOrHowMany() {
        assertThat(FollowUpQuestions.about("هبوط طائرة سعودية اضطراريا", "وكانت رايحة وين؟", News.NOW))
                .isEqualTo("هبوط طائرة سعودية اضطراريا وين؟");
        assertThat(FollowUpQuestions.about("حادث القطار", "ووين صار؟", News.NOW)).isEqualTo("حادث القطار وين؟");
        assertThat(FollowUpQuestions.about("حادث القطار", "وكام واحد مات؟", News.NOW)).isEqualTo("حادث القطار كام مات؟");
    }

    @Test
    void aFollowUpAskingOfAnotherTimeAsksTheTopicAtThatTime() {
        assertThat(FollowUpQuestions.pointsBack("وكم كانت بنهاية يوليو؟", News.NOW)).isTrue();
        assertThat(FollowUpQuestions.about("استثمارات السعودية سندات الخزانة الامريكية", "وكم كانت بنهاية يوليو؟", News.NOW))
                .isEqualTo("استثمارات السعودية سندات الخزانة الامريكية كم كانت بنهاية يوليو؟");
        assertThat(FollowUpQuestions.about("سعر الدولار", "وامبارح؟", News.NOW)).isEqualTo("سعر الدولار امبارح؟");
        assertThat(FollowUpQuestions.about("egypt inflation", "and last year?", News.NOW)).isEqualTo("egypt inflation and last year?");
        // a date with a topic of its own, or without the و that joins it, is a question of its own
        assertThat(FollowUpQuestions.pointsBack("وكم كان سعر الذهب بنهاية يوليو؟", News.NOW)).isFalse();
        assertThat(FollowUpQuestions.pointsBack("ايه اللي حصل امبارح؟", News.NOW)).isFalse();
    }
}
