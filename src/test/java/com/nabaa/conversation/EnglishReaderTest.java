package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An English reader in the chat: Arabic news read through the question's Arabic, said in English. */
class EnglishReaderTest {
    private static final Reader ENGLISH_READER = new Reader(7, Optional.of("en"));

    @TempDir
    static Path indexDir;
    static NewsIndex index;
    @TempDir
    Path dir;
    Chatting chat;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = Chatting.index(indexDir);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    @BeforeEach
    void open() throws IOException {
        chat = new Chatting(index, dir);
    }

    @AfterEach
    void close() {
        chat.close();
    }

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
