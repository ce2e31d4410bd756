package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.answer.Wording;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A result asked weeks after the last match the news reported: offered as older news, never as the answer. */
class OlderNewsTest extends ChattingTest {

    @Test
    void aResultAskedWeeksAfterTheLastReportedMatchSaysNothingIsRecentAboveIt() {
        chat.clock.advance(Duration.ofDays(40));

        String reply = text(onlySend(chat.say("نتيجة الأهلي والزمالك")).body());

        assertThat(reply).startsWith(Wording.ARABIC.older()).contains("الأهلي يفوز على الزمالك بهدفين في الدوري")
                .doesNotContain("»");
    }

    @Test
    void theSameResultAskedThatWeekIsAnsweredPlainly() {
        String reply = text(onlySend(chat.say("نتيجة الأهلي والزمالك")).body());

        assertThat(reply).contains("الأهلي يفوز على الزمالك بهدفين في الدوري").doesNotContain(Wording.ARABIC.older());
    }
}
