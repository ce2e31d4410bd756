package com.nabaa.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversation's tables: chats, answer pages and the messages showing them, votes, shared stories. */
class ConversationStoreTest {
    private static final Instant T = Instant.parse("2026-11-25T13:00:00Z");

    @TempDir
    Path dir;
    Database db;
    ChatStore chats;
    PageStore pages;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("nabaa.db"));
        chats = new ChatStore(db);
        pages = new PageStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static AnswerPage page(long chat) {
        return new AnswerPage(chat, "ask", "ايه اللي حصل؟", ZonedDateTime.parse("2026-11-25T15:00+02:00[Africa/Cairo]"),
                3, 3, Language.ARABIC, "ميناء دمياط", List.of(List.of("a", "b"), List.of("c")));
    }

    @Test
    void aChatIsCreatedOnceAndKeepsItsFirstSeenLanguageAndContext() {
        chats.seen(-100, "group", T);
        chats.chooseLanguage(-100, Language.ENGLISH);
        chats.remember(-100, 42, T.plusSeconds(5));
        chats.seen(-100, "group", T.plusSeconds(60));

        StoredChat c = chats.find(-100).orElseThrow();
        assertThat(c.firstSeen()).isEqualTo(T);
        assertThat(c.lastSeen()).isEqualTo(T.plusSeconds(60));
        assertThat(c.language()).contains(Language.ENGLISH);
        assertThat(c.context()).contains(new StoredChat.Context(42, T.plusSeconds(5)));
        assertThat(chats.find(5)).isEmpty();
    }

    @Test
    void aPageComesBackAsSavedWithTheMessagesShowingIt() {
        long id = pages.save(page(7), T);
        pages.shown(7, 100, id, T);

        assertThat(pages.find(id)).contains(page(7));
        assertThat(pages.pageShownBy(7, 100)).contains(id);
        assertThat(pages.pageShownBy(8, 100)).isEmpty();
    }

    @Test
    void pruningDropsOldPagesAndMessagesOnly() {
        long old = pages.save(page(7), T);
        pages.shown(7, 100, old, T);
        long fresh = pages.save(page(7), T.plus(Duration.ofDays(8)));

        assertThat(pages.prune(T.plus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(pages.find(old)).isEmpty();
        assertThat(pages.pageShownBy(7, 100)).isEmpty();
        assertThat(pages.find(fresh)).isPresent();
    }

    @Test
    void aSecondVoteOfAReaderReplacesTheFirstAndOutlivesThePage() {
        FeedbackStore votes = new FeedbackStore(db);
        long id = pages.save(page(7), T);
        votes.vote(new Feedback(id, 7, 7, 1, "q", List.of(List.of("a")), T));
        votes.vote(new Feedback(id, 7, 7, -1, "q", List.of(List.of("a")), T.plusSeconds(1)));
        votes.vote(new Feedback(id, 7, 9, 1, "q", List.of(List.of("a")), T.plusSeconds(2)));
        pages.prune(T.plus(Duration.ofDays(30)));

        assertThat(votes.since(T)).extracting(Feedback::userId, Feedback::vote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, -1), org.assertj.core.groups.Tuple.tuple(9L, 1));
    }

    @Test
    void theSameStorySharedTwiceHasOneHandle() {
        long first = pages.share(List.of("a", "b"), T);

        assertThat(pages.share(List.of("a", "b"), T.plusSeconds(9))).isEqualTo(first);
        assertThat(pages.share(List.of("c"), T)).isNotEqualTo(first);
        assertThat(pages.shared(first)).contains(List.of("a", "b"));
        assertThat(pages.shared(999)).isEmpty();
    }
}
