package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.data;
import static com.nabaa.conversation.Chatting.links;
import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Follow-ups: a reply to an answer or a story, a short "وبعدين؟" within the context's lifetime, and none without one. */
class FollowUpTest extends ChattingTest {
    private static final String QUAKE = "https://news.nabaa.example/quake";
    private static final String AFTERSHOCK = "https://news.nabaa.example/aftershock";

    private static List<String> urls(Outgoing.Send s) {
        return List.copyOf(links(s.body()).values());
    }

    @Test
    void aReplyToAnAnswerAsksWithinItsStory() {
        Outgoing.Send answer = onlySend(chat.say("ايه اللي حصل في ميناء دمياط؟"));
        String question = "والإغلاق ده أثر على البورصة؟";

        Outgoing.Send followUp = onlySend(chat.reply(chat.idOf(answer), question));
        Outgoing.Send alone = onlySend(chat.say(question));

        assertThat(urls(followUp)).first().isEqualTo("https://news.nabaa.example/damietta");
        assertThat(urls(alone)).first().isNotEqualTo("https://news.nabaa.example/damietta");
    }

    @Test
    void aReplyToAStoryShownInFullPrefersThatStory() {
        Outgoing.Send answer = onlySend(chat.say("زلزال كريت"));
        int quake = urls(answer).indexOf(QUAKE);
        Outgoing.Send story = Chatting.lastSend(chat.press(chat.idOf(answer), data(answer, "📄 ملخص " + (quake + 1))));

        Outgoing.Send followUp = onlySend(chat.reply(chat.idOf(story), "في إصابات؟"));

        assertThat(urls(followUp)).first().isEqualTo(QUAKE);
    }

    @Test
    void whatNextAsksTheLastAnswersTopicAgain() {
        chat.say("ايه اللي حصل في زلزال كريت؟");
        chat.clock.advance(Duration.ofMinutes(29));

        Outgoing.Send next = onlySend(chat.say("وبعدين؟"));

        assertThat(text(next.body())).contains("آخر الأخبار عن: زلزال كريت");
        assertThat(urls(next)).first().isEqualTo(AFTERSHOCK);
    }

    /** Asks about the metro's fourth line; the ids of the answer's first story. */
    private Set<String> askAboutTheMetro() {
        String first = urls(onlySend(chat.say("افتتاح الخط الرابع لمترو القاهرة"))).get(0);
        return Set.of(first.substring(first.lastIndexOf('/') + 1));
    }

    private Optional<String> goingOnFromTheMetro(Set<String> lead, String text) {
        return FollowUpQuestions.goingOn(chat.answers, "الخط الرابع مترو القاهرة", lead, lead, text, chat.now().atZone(News.CAIRO));
    }

    @Test
    void aShortQuestionGoingOnInWordsOfItsOwnIsAskedWithinTheLastAnswerWhenItsStoryHoldsThem() {
        Set<String> lead = askAboutTheMetro();

        Outgoing.Send price = onlySend(chat.say("وكم سعر التذكرة؟"));

        assertThat(goingOnFromTheMetro(lead, "وكم سعر التذكرة؟")).contains("الخط الرابع مترو القاهرة كم سعر التذكرة؟");
        assertThat(urls(price)).first().isEqualTo("https://news.nabaa.example/metro-ahram");
        assertThat(text(price.body())).contains("ثمانية جنيهات");
    }

    @Test
    void aShortQuestionGoingOnIsAskedWithinTheLastAnswerWhenTheWholeArticleHoldsWhatItNamesBeyondTheSummary() {
        Set<String> lead = askAboutTheMetro();

        // The riders are told in the article's last paragraph, not in its headline or summary.
        assertThat(goingOnFromTheMetro(lead, "وكام راكب هينقل؟")).contains("الخط الرابع مترو القاهرة كام راكب هينقل؟");
        assertThat(goingOnFromTheMetro(lead, "وكام عدد الركاب في مترو باريس؟")).isEmpty();
    }

    @Test
    void aShortQuestionNamingWithTheArticleWhatTheLastAnswerWasAboutIsAskedWithinIt() {
        Set<String> lead = askAboutTheMetro();

        assertThat(goingOnFromTheMetro(lead, "امتى اتفتح المترو؟")).contains("الخط الرابع مترو القاهرة امتي اتفتح المترو؟");
        assertThat(goingOnFromTheMetro(lead, "امتى اتفتح مترو باريس؟")).isEmpty();
    }

    @Test
    void aShortQuestionOpeningWithWawAboutSomethingElseIsAskedOnItsOwn() {
        Set<String> lead = askAboutTheMetro();

        Outgoing.Send league = onlySend(chat.say("ومين فاز في الدوري؟"));

        assertThat(goingOnFromTheMetro(lead, "ومين فاز في الدوري؟")).isEmpty();
        assertThat(urls(league)).first().isEqualTo("https://news.nabaa.example/derby");
    }

    @Test
    void aQuestionOpeningWithWawThatFindsNothingAloneIsAskedWithinTheLastAnswer() {
        String question = "ومين الراجل اللي رجعها؟";
        Outgoing.Send alone = onlySend(chat.say(question));
        chat.clock.advance(Duration.ofMinutes(31));
        Outgoing.Send band = onlySend(chat.say("صحيح فرقة الجيتس رجعت تغني؟"));

        Outgoing.Send leader = onlySend(chat.say(question));

        assertThat(urls(alone)).as("asked alone: nothing found").isEmpty();
        assertThat(urls(band)).contains("https://news.nabaa.example/band-return", "https://news.nabaa.example/band-leader");
        assertThat(urls(leader)).first().isIn("https://news.nabaa.example/band-return", "https://news.nabaa.example/band-leader");
        assertThat(text(leader.body())).contains("عمرو سامي");
    }

    @Test
    void moreTypedShowsTheNextPageOfTheLastAnswer() {
        Outgoing.Send first = onlySend(chat.say("/search البورصة"));

        Outgoing.Send more = onlySend(chat.say("المزيد"));

        assertThat(text(more.body())).contains("4. طرح حصة من شركة الاتصالات في البورصة");
        assertThat(more.shows()).isPresent().isNotEqualTo(first.shows());
    }

    @Test
    void aFollowUpAfterTheContextExpiredAsksWhatTheReaderMeans() {
        chat.say("زلزال كريت");
        chat.clock.advance(Duration.ofMinutes(31));

        Outgoing.Send asked = onlySend(chat.say("وبعدين؟"));

        assertThat(text(asked.body())).contains("عن أي خبر تسأل؟", "جرّب مثلًا:");
        assertThat(asked.shows()).isEmpty();
    }

    @Test
    void theContextLifetimeIsConfigurable() throws IOException {
        try (Chatting brief = new Chatting(index, dir.resolve("brief"),
                b -> b.limits(Limits.defaults().withContextLifetime(Duration.ofMinutes(5))))) {
            brief.say("زلزال كريت");
            brief.clock.advance(Duration.ofMinutes(6));

            assertThat(text(onlySend(brief.say("why?")).body())).contains("عن أي خبر تسأل؟");
        }
    }

    @Test
    void aFollowUpWithoutAnyContextAsksWhatTheReaderMeansNamingExamples() {
        String said = text(onlySend(chat.say("ومين المسؤول؟")).body());

        assertThat(said).contains("عن أي خبر تسأل؟").containsPattern("(?m)^– .+");
    }

    @Test
    void theContextLivesInTheStoreNotInTheConversationObject() {
        chat.say("زلزال كريت");
        Conversation restarted = Conversation.builder(chat.answers, chat.desk, chat.db).zone(News.CAIRO)
                .clock(chat.clock).build();

        List<Outgoing> out = restarted.handle(new Incoming.Text(Chatting.PRIVATE, Chatting.ARABIC_READER, "وبعدين؟",
                Optional.empty(), true, chat.now()));

        assertThat(text(out.get(0))).contains("آخر الأخبار عن: زلزال كريت");
    }
}
