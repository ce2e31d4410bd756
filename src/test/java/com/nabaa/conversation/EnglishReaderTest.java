package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An English reader in the chat: Arabic news read through the question's Arabic, said in English. */
class EnglishReaderTest extends ChattingTest {
    private static final Reader ENGLISH_READER = new Reader(7, Optional.of("en"));

    private String ask(String question) {
        return text(onlySend(chat.say(Chatting.PRIVATE, ENGLISH_READER, question)).body());
    }

    @Test
    void theAnswerSaysFirstThatTheSourcesAreArabicAndWhatWasSearched() {
        String answer = ask("earthquake Crete");

        assertThat(answer).startsWith("Nabaa's sources are in Arabic: searched for زلزال (earthquake), كريت (Crete).");
        assertThat(answer).contains("زلزال بقوة 5.8 درجات يضرب جزيرة كريت").contains("hours ago")
                .doesNotContain("منذ").doesNotContain("مصادر أخرى");
    }

    @Test
    void aWordWithoutArabicIsNamedAndArabicWordsAreSuggested() {
        String answer = ask("Zorfkistan stock market");

        assertThat(answer).startsWith("Nabaa's sources are in Arabic, and I know no Arabic for: Zorfkistan.")
                .contains("No article answers this question.")
                .contains("Ask in Arabic: البورصة, with the Arabic for Zorfkistan.")
                .contains("Latest related headlines:");
    }
}
