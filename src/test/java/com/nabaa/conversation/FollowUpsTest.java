package com.nabaa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as a short follow-up without a topic of its own, in Egyptian and other dialects, MSA and English. */
class FollowUpsTest {
    private static boolean followUp(String text) {
        return FollowUps.isFollowUp(text, News.NOW);
    }

    @Test
    void egyptianAndOtherDialectFollowUpsPointBack() {
        for (String s : new String[] {"وبعدين؟", "طب وبعدين", "ليه؟", "ومين المسؤول؟", "وايه السبب؟", "طيب وبعد كده؟",
            "ليش صار هيك؟", "وايه التفاصيل", "كمان"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
    }

    @Test
    void modernStandardArabicFollowUpsPointBack() {
        for (String s : new String[] {"لماذا؟", "ومن المسؤول؟", "وما السبب؟", "وماذا حدث بعد ذلك؟", "المزيد"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
    }

    @Test
    void englishFollowUpsPointBack() {
        for (String s : new String[] {"what next?", "why?", "more", "and then?", "who is responsible?", "more please"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
    }

    @Test
    void aQuestionWithATopicOrAskingForTheLatestIsNoFollowUp() {
        for (String s : new String[] {"وبعدين في سد النهضة؟", "ومين المسؤول عن حادث القطار؟", "آخر الأخبار", "عاجل",
            "أخبار الرياضة", "ايه اللي حصل امبارح؟", "why did the dollar rise?", "البورصة المصرية",
            "ليه الدولار غلي؟", "😀", "وبعدين وبعدين وبعدين وبعدين وبعدين وبعدين وبعدين"}) {
            assertThat(followUp(s)).as(s).isFalse();
        }
    }

    @Test
    void moreAndItsKinPageOnWhileOtherFollowUpsAskAgain() {
        for (String s : new String[] {"المزيد", "كمان", "عايز المزيد", "more", "more please", "next"}) {
            assertThat(FollowUps.wantsMore(s, News.NOW)).as(s).isTrue();
        }
        for (String s : new String[] {"وبعدين؟", "ليه؟", "ومين المسؤول؟", "why?", "البورصة"}) {
            assertThat(FollowUps.wantsMore(s, News.NOW)).as(s).isFalse();
        }
    }

    @Test
    void aFollowUpAddsItsAspectWordsToTheTopic() {
        assertThat(FollowUps.aspects("ومين المسؤول؟")).isEqualTo("المسؤول");
        assertThat(FollowUps.aspects("وبعدين؟")).isEmpty();
        assertThat(FollowUps.aspects("who is responsible?")).isEqualTo("responsible");
    }
}
