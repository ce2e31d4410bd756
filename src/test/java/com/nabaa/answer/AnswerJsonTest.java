package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.news.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON of {@code nabaa ask --json}, written with Jackson and read back as a script would. */
class AnswerJsonTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> roundTrip(Answer a) throws Exception {
        String text = JSON.writeValueAsString(AnswerJson.of(a));
        return JSON.readValue(text, new TypeReference<>() {
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    @Test
    void anAnswerHasTheDocumentedKeysWithItsValues() throws Exception {
        Story metro = new Story("metro-ahram", "افتتاح الخط الرابع لمترو القاهرة",
                Optional.of(Instant.parse("2026-11-24T07:00:00Z")), "الأهرام", "https://news.nabaa.example/metro-ahram",
                List.of("وقال وزير النقل إن سعر التذكرة يبدأ من ثمانية جنيهات."), 7.5f, 0.75f, false,
                List.of(new SourceLink("metro-shorouk", "افتتاح الخط الرابع رسميا", "الشروق",
                        "https://news.nabaa.example/metro-shorouk", Optional.of(Instant.parse("2026-11-24T10:00:00Z")),
                        false, Optional.of("وتعمل القطارات من الخامسة صباحا."))));
        Answer answer = TestAnswers.answered("كم سعر تذكرة المترو؟", Language.ARABIC, List.of(metro),
                Optional.of("وقال وزير النقل إن سعر التذكرة يبدأ من ثمانية جنيهات."), Optional.empty());

        Map<String, Object> json = roundTrip(answer);

        assertThat(json.keySet()).containsExactly("question", "asked_at", "language", "topic_words", "kind",
                "no_answer", "direct_answer", "suggestion", "stories", "related", "offset", "more", "translation",
                "missing");
        assertThat(json).containsEntry("question", "كم سعر تذكرة المترو؟")
                .containsEntry("translation", null)
                .containsEntry("asked_at", "2026-11-25T15:00+02:00")
                .containsEntry("language", "ar")
                .containsEntry("kind", "answered")
                .containsEntry("offset", 0)
                .containsEntry("more", false)
                .containsEntry("no_answer", false)
                .containsEntry("direct_answer", "وقال وزير النقل إن سعر التذكرة يبدأ من ثمانية جنيهات.")
                .containsEntry("suggestion", null)
                .containsEntry("related", List.of());

        Map<String, Object> story = map(list(json.get("stories")).get(0));
        assertThat(story).containsKeys("id", "url", "headline", "published", "source", "summary", "score", "coverage",
                "also_reported_by", "missing");
        assertThat(story).containsEntry("missing", List.of());
        assertThat(story).containsEntry("id", "metro-ahram")
                .containsEntry("url", "https://news.nabaa.example/metro-ahram")
                .containsEntry("headline", "افتتاح الخط الرابع لمترو القاهرة")
                .containsEntry("published", "2026-11-24T07:00:00Z")
                .containsEntry("source", "الأهرام")
                .containsEntry("summary", List.of("وقال وزير النقل إن سعر التذكرة يبدأ من ثمانية جنيهات."))
                .containsEntry("breaking", false);
        assertThat(((Number) story.get("score")).doubleValue()).isEqualTo(7.5);
        assertThat(((Number) story.get("coverage")).doubleValue()).isEqualTo(0.75);
        assertThat(list(story.get("also_reported_by"))).singleElement().isEqualTo(Map.of(
                "id", "metro-shorouk", "headline", "افتتاح الخط الرابع رسميا", "source", "الشروق",
                "url", "https://news.nabaa.example/metro-shorouk", "published", "2026-11-24T10:00:00Z",
                "excerpt", "وتعمل القطارات من الخامسة صباحا."));
    }

    @Test
    void aNoAnswerCarriesTheSuggestionAndTheRelatedHeadlines() throws Exception {
        Answer none = TestAnswers.nothingFound("البورسة", Language.ARABIC, Optional.of("البورصة"),
                List.of(new SourceLink("up", "البورصة تربح 12 مليار جنيه", "المال", "https://news.nabaa.example/up",
                        Optional.empty(), false)));

        Map<String, Object> json = roundTrip(none);

        assertThat(json).containsEntry("no_answer", true)
                .containsEntry("kind", "nothing_found")
                .containsEntry("stories", List.of())
                .containsEntry("direct_answer", null)
                .containsEntry("suggestion", "البورصة");
        Map<String, Object> related = map(list(json.get("related")).get(0));
        assertThat(related).containsEntry("id", "up").containsEntry("headline", "البورصة تربح 12 مليار جنيه")
                .containsEntry("source", "المال").containsEntry("url", "https://news.nabaa.example/up")
                .containsEntry("published", null);
    }

    @Test
    void aPageOfTheLatestWithMoreToComeCarriesItsOffsetTopicWordsAndLanguage() throws Exception {
        Story story = new Story("dam", "Dam talks resume", Optional.empty(), "Wire", "https://news.nabaa.example/dam",
                List.of("Talks resumed."), 1f, 1f, false, List.of());
        Answer page = new Answer("Renaissance dam", NOW, Language.ENGLISH, List.of("Renaissance", "dam"),
                Answer.Kind.LATEST, List.of(story), Optional.empty(), Optional.empty(), List.of(), 3, true);

        Map<String, Object> json = roundTrip(page);

        assertThat(json).containsEntry("language", "en")
                .containsEntry("topic_words", List.of("Renaissance", "dam"))
                .containsEntry("kind", "latest")
                .containsEntry("offset", 3)
                .containsEntry("more", true);
    }

    @Test
    void anEnglishQuestionReadInArabicNewsCarriesWhatWasSearchedAndWhatHadNoArabic() throws Exception {
        Answer none = new Answer("Zorfkistan election", NOW, Language.ENGLISH, List.of("Zorfkistan", "election"),
                Answer.Kind.NOTHING_FOUND, List.of(), Optional.empty(), Optional.empty(), List.of(), 0, false,
                Optional.of(new Translation(List.of(new Translation.Word("election", "الانتخابات")),
                        List.of("Zorfkistan"))));

        Map<String, Object> translation = map(roundTrip(none).get("translation"));

        assertThat(translation).containsEntry("untranslated", List.of("Zorfkistan"));
        assertThat(list(translation.get("searched")))
                .containsExactly(Map.of("english", "election", "arabic", "الانتخابات"));
    }

    @Test
    void theListedTopLevelKeysAreTheOnesWritten() {
        Answer none = TestAnswers.nothingFound("x", Language.ENGLISH, Optional.empty(), List.of());

        assertThat(List.copyOf(AnswerJson.of(none).keySet())).isEqualTo(AnswerJson.keys());
    }
}
