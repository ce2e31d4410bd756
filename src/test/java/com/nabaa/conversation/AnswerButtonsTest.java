package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.buttons;
import static com.nabaa.conversation.Chatting.data;
import static com.nabaa.conversation.Chatting.links;
import static com.nabaa.conversation.Chatting.notice;
import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.store.Feedback;
import com.nabaa.store.FeedbackStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question answered, and every button under the answer: more, summary, timeline, votes; stale and forged presses. */
class AnswerButtonsTest {
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
        chat = new Chatting(index, dir, b -> b.limits(Limits.defaults().withPageRetention(Duration.ofDays(1))));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    void aQuestionIsAnsweredWithTheHeadlineAsItsLinkTheDateAgeSourceAndSummary() {
        // Not "ايه اللي حصل في ميناء دمياط؟": that asks for the port's newest stories, without a » line.
        Outgoing.Send answer = onlySend(chat.say("ما سبب إغلاق ميناء دمياط؟"));

        assertThat(links(answer.body())).containsEntry("إغلاق ميناء دمياط بسبب سوء الأحوال الجوية",
                "https://news.nabaa.example/damietta");
        assertThat(text(answer.body())).contains("» أعلنت هيئة ميناء دمياط", "2026-11-25 10:00 (منذ 5 ساعات) · المال",
                "[عاجل]");
        assertThat(answer.linkPreview()).as("one story: a preview").isTrue();
        assertThat(answer.shows()).hasValueSatisfying(h -> assertThat(h).startsWith("a:"));
    }

    @Test
    void aStoryFromSeveralOutletsListsTheOthersAsLinks() {
        Outgoing.Send answer = onlySend(chat.say("كم سعر تذكرة الخط الرابع للمترو؟"));

        assertThat(text(answer.body())).contains("مصادر أخرى: الشروق");
        assertThat(links(answer.body())).containsEntry("الشروق", "https://news.nabaa.example/metro-shorouk");
    }

    @Test
    void nothingFoundSaysSoHonestly() {
        Outgoing.Send answer = onlySend(chat.say("هجرة البطاريق في القطب الجنوبي"));

        assertThat(text(answer.body())).startsWith("لم أجد خبرًا يجيب عن سؤالك.");
        assertThat(buttons(answer.buttons())).as("follow the topic to hear when there is news of it")
                .extracting(Button::label).containsExactly("🔔 تابع هذا الموضوع", "👍 مفيد", "👎 غير مفيد");
    }

    @Test
    void moreShowsTheNextPageInTheSameMessage() {
        Outgoing.Send first = onlySend(chat.say("/search البورصة"));
        long message = chat.idOf(first);
        assertThat(first.linkPreview()).as("a list: no preview").isFalse();

        List<Outgoing> pressed = chat.press(message, data(first, "المزيد"));

        Outgoing.Edit next = (Outgoing.Edit) pressed.get(0);
        assertThat(next.messageId()).isEqualTo(message);
        assertThat(text(next.body())).contains("4. طرح حصة من شركة الاتصالات في البورصة", "5. رئيس البورصة")
                .doesNotContain("البورصة المصرية تخسر");
        assertThat(next.shows()).isPresent().isNotEqualTo(first.shows());
        assertThat(buttons(next.buttons())).extracting(Button::label).contains("📄 ملخص 4").doesNotContain("المزيد ⬅️");
        assertThat(notice(pressed)).isEmpty();
        // The last page offers no more; asked anyway, it says so and changes nothing.
        long lastPage = Replies.pageOf(next.shows().orElseThrow()).orElseThrow();
        List<Outgoing> past = chat.press(message, new ButtonData.More(lastPage).encode());
        assertThat(past).singleElement().isInstanceOf(Outgoing.Notice.class);
        assertThat(notice(past)).hasValue("لا مزيد من الأخبار.");
    }

    @Test
    void moreOfAnAnswerContinuesTheSameRanking() {
        Outgoing.Send first = onlySend(chat.say("البورصة المصرية"));
        Outgoing.Edit next = (Outgoing.Edit) chat.press(chat.idOf(first), data(first, "المزيد")).get(0);

        assertThat(text(next.body())).containsPattern("(?m)^4\\. ");
        for (String headline : links(first.body()).keySet()) assertThat(links(next.body())).doesNotContainKey(headline);
    }

    @Test
    void summaryShowsTheStoryInFullWithItsOtherSources() {
        Outgoing.Send answer = onlySend(chat.say("كم سعر تذكرة الخط الرابع للمترو؟"));

        List<Outgoing> pressed = chat.press(chat.idOf(answer), data(answer, "📄 ملخص 1"));

        Outgoing.Send story = Chatting.lastSend(pressed);
        assertThat(text(story.body())).contains("افتتح رئيس الوزراء", "ثمانية جنيهات", "نصف مليون راكب",
                "مصادر أخرى: الشروق");
        assertThat(story.linkPreview()).isTrue();
        assertThat(buttons(story.buttons())).extracting(Button::label).contains("🕒 تسلسل الأحداث", "👍 مفيد");
        assertThat(pressed).filteredOn(o -> o instanceof Outgoing.Notice).hasSize(1);
    }

    @Test
    void timelineListsTheStorysReportsOldestFirst() {
        Outgoing.Send answer = onlySend(chat.say("زلزال كريت"));
        String quake = "زلزال بقوة 5.8 درجات يضرب جزيرة كريت";
        int index = List.copyOf(links(answer.body()).keySet()).indexOf(quake);
        assertThat(index).isNotNegative();

        Outgoing.Send timeline = Chatting.lastSend(chat.press(chat.idOf(answer), data(answer, "🕒 تسلسل " + (index + 1))));

        String said = text(timeline.body());
        assertThat(said).startsWith("تسلسل الأحداث: " + quake);
        assertThat(said.indexOf("• " + quake)).isLessThan(said.indexOf("• هزة ارتدادية تضرب جزيرة كريت"));
        assertThat(timeline.linkPreview()).isFalse();
    }

    @Test
    void aVoteIsStoredAndASecondVoteReplacesTheFirst() {
        Instant start = chat.now();
        Outgoing.Send answer = onlySend(chat.say("ايه اللي حصل في ميناء دمياط؟"));

        assertThat(notice(chat.press(chat.idOf(answer), data(answer, "👍")))).hasValue("شكرًا على رأيك!");
        chat.clock.advance(Duration.ofSeconds(30));
        chat.press(chat.idOf(answer), data(answer, "👎"));

        List<Feedback> votes = new FeedbackStore(chat.db).since(start);
        assertThat(votes).singleElement().satisfies(f -> {
            assertThat(f.vote()).isEqualTo(-1);
            assertThat(f.userId()).isEqualTo(7);
            assertThat(f.chatId()).isEqualTo(7);
            assertThat(f.query()).isEqualTo("ايه اللي حصل في ميناء دمياط؟");
            assertThat(f.stories()).containsExactly(List.of("damietta"));
            assertThat(f.at()).isEqualTo(start.plusSeconds(30));
            assertThat(answer.shows()).hasValue(Replies.handle(f.pageId()));
        });
    }

    @Test
    void aPressOnAPageOfThisChatWorksBeforeItsMessageIdIsRecorded() {
        Outgoing.Send answer = onlySend(chat.say("البورصة المصرية"));

        // Telegram delivered the message and the reader pressed before the carrier recorded its id.
        List<Outgoing> early = chat.press(9999, data(answer, "المزيد"));

        assertThat(early).hasSize(2).anySatisfy(o -> assertThat(o).isInstanceOf(Outgoing.Edit.class));
    }

    @Test
    void aPressOnAPageNoLongerStoredIsStaleAndChangesNothing() {
        Outgoing.Send answer = onlySend(chat.say("البورصة المصرية"));

        chat.clock.advance(Duration.ofDays(2));
        chat.say("/help"); // pages older than the retention go
        List<Outgoing> stale = chat.press(chat.idOf(answer), data(answer, "المزيد"));
        assertThat(stale).singleElement().isInstanceOf(Outgoing.Notice.class);
        assertThat(notice(stale)).hasValueSatisfying(n -> assertThat(n).contains("قديمة"));
    }

    @Test
    void aForgedPressGetsAPoliteNoticeAndChangesNothing() {
        Outgoing.Send mine = onlySend(chat.say("البورصة المصرية"));
        Chat other = new Chat(8, Chat.Kind.PRIVATE);
        Reader stranger = new Reader(8, Optional.of("ar"));
        Outgoing.Send theirs = onlySend(chat.say(other, stranger, "ايه اللي حصل في ميناء دمياط؟"));
        Instant start = chat.now();

        for (String data : List.of("hello", "m:abc", "s:1:x", "<script>", "", "v:1:maybe", "m:0",
                data(mine, "📄 ملخص 1").replaceAll(":\\d$", ":9"))) {
            List<Outgoing> out = chat.press(chat.idOf(mine), data);
            assertThat(out).as(data).singleElement().isInstanceOf(Outgoing.Notice.class);
        }
        // A handle of another chat, pressed in this one.
        List<Outgoing> foreign = chat.press(chat.idOf(mine), data(theirs, "👍"));
        assertThat(foreign).singleElement().isInstanceOf(Outgoing.Notice.class);
        assertThat(notice(foreign)).hasValue("لا أستطيع تنفيذ هذا الزر.");
        assertThat(new FeedbackStore(chat.db).since(start)).isEmpty();
    }
}
