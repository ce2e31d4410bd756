package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.links;
import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.answer.Answer;
import com.nabaa.answer.AskRequest;
import com.nabaa.index.NewsIndex;
import com.nabaa.news.Language;
import com.nabaa.store.PageStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /start, deep links, /help, /lang, /settings and unknown commands, as a new reader meets them. */
class WelcomeTest {
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
        chat = new Chatting(index, dir, b -> b.botUsername("nabaa_test_bot"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    /** The example questions of a welcome: its lines that start with a dash. */
    private static List<String> examples(Outgoing.Send welcome) {
        return Arrays.stream(text(welcome.body()).split("\n")).filter(l -> l.startsWith("– "))
                .map(l -> l.substring(2)).toList();
    }

    private void assertEachAnswers(List<String> examples) {
        assertThat(examples).hasSize(3).doesNotHaveDuplicates();
        for (String e : examples) {
            Answer a = chat.answers.ask(AskRequest.of(e, News.NOW, 3));
            assertThat(a.noAnswer()).as("example «%s» gets an answer", e).isFalse();
        }
    }

    @Test
    void startWelcomesAnArabicReaderInArabicWithExamplesMadeFromTheNewsThatAnswer() {
        Outgoing.Send welcome = onlySend(chat.say("/start"));

        assertThat(text(welcome.body())).contains("أهلًا بك في نبأ", "/latest", "/breaking", "/search",
                "@nabaa_test_bot", "بالعربية أو بالإنجليزية");
        List<String> examples = examples(welcome);
        assertEachAnswers(examples);
        // Made from today's headlines, not the fixed list.
        assertThat(examples).anyMatch(e -> e.contains("البورصة") || e.contains("زلزال") || e.contains("هزة"));
    }

    @Test
    void startWelcomesAnEnglishReaderInEnglishWithAnEnglishExampleFirst() {
        Outgoing.Send welcome = onlySend(chat.say(Chatting.PRIVATE, new Reader(7, Optional.of("en-US")), "/start"));

        assertThat(text(welcome.body())).contains("Welcome to Nabaa", "/latest").doesNotContain("أهلًا");
        List<String> examples = examples(welcome);
        assertEachAnswers(examples);
        assertThat(examples.get(0)).startsWith("What's the latest on").contains("wheat");
    }

    @Test
    void aReaderWhoseAppSpeaksAnotherLanguageIsWelcomedInArabic() {
        Outgoing.Send welcome = onlySend(chat.say(Chatting.PRIVATE, new Reader(7, Optional.of("fr")), "/start"));

        assertThat(text(welcome.body())).contains("أهلًا بك في نبأ");
    }

    @Test
    void aDeepLinkOpensTheStoryItNames() {
        long shared = new PageStore(chat.db).share(List.of("damietta"), chat.now());

        Outgoing.Send story = onlySend(chat.say("/start " + DeepLinks.payload(shared)));

        assertThat(links(story.body())).containsEntry("إغلاق ميناء دمياط بسبب سوء الأحوال الجوية",
                "https://news.nabaa.example/damietta");
        assertThat(story.linkPreview()).isTrue();
        assertThat(story.shows()).isPresent();
    }

    @Test
    void aStoryShownInFullCarriesADeepLinkThatOpensItAgain() {
        Outgoing.Send answer = Chatting.lastSend(chat.say("ايه اللي حصل في ميناء دمياط؟"));
        Outgoing.Send story = Chatting.lastSend(chat.press(chat.idOf(answer), Chatting.data(answer, "📄")));
        String link = Chatting.buttons(story.buttons()).stream().flatMap(b -> b.url().stream()).findFirst().orElseThrow();

        assertThat(link).startsWith("https://t.me/nabaa_test_bot?start=s");
        String payload = link.substring(link.indexOf("start=") + 6);
        assertThat(payload).matches("[A-Za-z0-9_-]{1,64}");
        assertThat(links(onlySend(chat.say("/start " + payload)).body())).containsValue("https://news.nabaa.example/damietta");
    }

    @Test
    void aBadOrUnknownDeepLinkGetsAPoliteWordAndTheWelcome() {
        for (String payload : List.of("s9999", "hello-world", "s_", "S1")) {
            String said = text(onlySend(chat.say("/start " + payload)).body());

            assertThat(said).as(payload).contains("لم أجد الخبر الذي يشير إليه هذا الرابط", "أهلًا بك في نبأ");
        }
    }

    @Test
    void helpListsEveryCommandAndHowToFollowUp() {
        String help = text(onlySend(chat.say("/help")).body());

        for (String c : Commands.MENU) assertThat(help).contains("/" + c + " — ");
        assertThat(help).contains("المزيد");
    }

    @Test
    void anUnknownCommandIsSaidPolitelyWithTheCommands() {
        String said = text(onlySend(chat.say("/weather cairo")).body());

        assertThat(said).contains("لا أعرف الأمر /weather", "/latest", "/search");
    }

    @Test
    void aCommandAddressedToTheBotByNameIsTheCommand() {
        assertThat(text(onlySend(chat.say("/help@nabaa_test_bot")).body())).contains("/latest — ");
    }

    @Test
    void langSwitchesTheLabelsOfTheNextAnswers() {
        Outgoing.Send before = onlySend(chat.say("البورصة المصرية"));
        assertThat(Chatting.buttons(before.buttons())).anyMatch(b -> b.label().startsWith("المزيد"));

        assertThat(text(onlySend(chat.say("/lang en")).body())).contains("English");
        Outgoing.Send after = onlySend(chat.say("Egypt wheat harvest"));
        Outgoing.Send arabicQuestion = onlySend(chat.say("سعر تذكرة الخط الرابع للمترو"));

        assertThat(Chatting.buttons(after.buttons())).anyMatch(b -> b.label().startsWith("📄 Summary"));
        assertThat(text(onlySend(chat.say("/start")).body())).contains("Welcome to Nabaa");
        // An Arabic question is still answered in Arabic: the answer speaks the question's language.
        assertThat(Chatting.buttons(arabicQuestion.buttons())).anyMatch(b -> b.label().startsWith("📄 ملخص"));

        chat.say("/lang ar");
        assertThat(text(onlySend(chat.say("/start")).body())).contains("أهلًا بك في نبأ");
    }

    @Test
    void langWithoutALanguageOffersBothAndAPressChoosesOne() {
        Outgoing.Send offer = onlySend(chat.say("/lang"));
        List<Outgoing> pressed = chat.press(chat.idOf(offer), Chatting.data(offer, "English"));

        assertThat(pressed).anySatisfy(o -> assertThat(o).isInstanceOfSatisfying(Outgoing.Edit.class,
                e -> assertThat(text(e.body())).contains("Language: English (your choice)")));
        assertThat(Chatting.notice(pressed)).hasValueSatisfying(n -> assertThat(n).contains("English"));
        assertThat(text(onlySend(chat.say("/help")).body())).contains("How to use Nabaa");
    }

    @Test
    void settingsShowTheLanguageAndWhereItComesFrom() {
        assertThat(text(onlySend(chat.say("/settings")).body())).contains("اللغة: العربية (من إعدادات تطبيقك)");
        chat.say("/lang ar");
        assertThat(text(onlySend(chat.say("/settings")).body())).contains("اللغة: العربية (اخترتها)");
    }

    @Test
    void theMenuExistsInArabicAndEnglish() {
        List<Dialog.CommandInfo> arabic = chat.conversation.menu(Language.ARABIC);
        List<Dialog.CommandInfo> english = chat.conversation.menu(Language.ENGLISH);

        assertThat(arabic).extracting(Dialog.CommandInfo::command).containsExactlyElementsOf(Commands.MENU);
        assertThat(english).extracting(Dialog.CommandInfo::command).containsExactlyElementsOf(Commands.MENU);
        assertThat(arabic).allSatisfy(c -> assertThat(c.description()).containsPattern("\\p{InArabic}"));
        assertThat(english).allSatisfy(c -> assertThat(c.description()).doesNotContainPattern("\\p{InArabic}"));
    }
}
