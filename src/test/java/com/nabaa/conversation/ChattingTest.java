package com.nabaa.conversation;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A conversation test on the shared test news: one index per class, a fresh chat store per test. */
abstract class ChattingTest {
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
}
