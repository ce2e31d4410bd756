package com.nabaa.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.bot.TelegramHtmlValidator.Parsed;
import com.nabaa.conversation.Rich;
import com.nabaa.news.Language;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageSplitTest {
    private static final String SENTENCE = "قال مسؤولون في وزارة الخارجية إن المحادثات ستستمر الأسبوع المقبل في جنيف.";

    /** The message's parts as Telegram reads them, each checked by the validator and within our budgets. */
    private static List<Parsed> parts(Rich message) {
        List<Parsed> parts = new ArrayList<>();
        for (String html : TelegramHtml.render(message, Language.ARABIC)) {
            Parsed part = TelegramHtmlValidator.check(html);
            assertThat(part.text().length()).isLessThanOrEqualTo(MessageSplit.LENGTH_BUDGET);
            assertThat(part.entities()).isLessThanOrEqualTo(MessageSplit.ENTITY_BUDGET);
            parts.add(part);
        }
        return parts;
    }

    private static List<String> texts(List<Parsed> parts) {
        return parts.stream().map(Parsed::text).toList();
    }

    /** The visible text, without the white space that cuts drop and the marks that pieces gain. */
    private static String visible(String text) {
        return text.replaceAll("[\\s\u200F\u200E]", "");
    }

    private static List<String> graphemes(String text) {
        BreakIterator boundaries = BreakIterator.getCharacterInstance(Locale.ROOT);
        boundaries.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE;
                start = end, end = boundaries.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    private static String repeat(String sentence, String separator, int times) {
        return String.join(separator, Collections.nCopies(times, sentence));
    }

    @Test
    void aShortMessageIsOnePart() {
        assertThat(texts(parts(Rich.plain(SENTENCE)))).containsExactly(SENTENCE);
    }

    @Test
    void paragraphsArePackedWholeAndTheMessageIsSplitBetweenThem() {
        Rich.Builder message = Rich.builder();
        List<String> paragraphs = IntStream.range(0, 12).mapToObj(i -> i + " " + repeat(SENTENCE, " ", 12)).toList();
        paragraphs.forEach(p -> message.plain(p).paragraph());
        List<Parsed> parts = parts(message.build());
        assertThat(parts).hasSizeGreaterThan(2);
        List<String> seen = parts.stream().flatMap(p -> List.of(p.text().split("\n\n")).stream()).toList();
        assertThat(seen).isEqualTo(paragraphs);
    }

    @Test
    void aLongArabicParagraphIsCutAtLineBreaks() {
        List<String> lines = IntStream.range(0, 40).mapToObj(i -> repeat(SENTENCE, " ", 3) + " " + i).toList();
        List<Parsed> parts = parts(Rich.plain(String.join("\n", lines)));
        assertThat(parts).hasSize(3);
        List<String> seen = parts.stream().flatMap(p -> List.of(p.text().split("\n")).stream()).toList();
        assertThat(seen).isEqualTo(lines);
    }

    @Test
    void aParagraphWithoutLineBreaksIsCutBetweenSentences() {
        String paragraph = repeat(SENTENCE + " هل تنجح؟", " ", 100);
        List<Parsed> parts = parts(Rich.plain(paragraph));
        assertThat(parts).hasSizeGreaterThan(2);
        parts.forEach(p -> assertThat(p.text()).matches("(?s).*[.؟]"));
        assertThat(String.join(" ", texts(parts))).isEqualTo(paragraph);
    }

    @Test
    void aLineBreakNearTheStartLeavesNoSliverOfAMessage() {
        String paragraph = "عاجل\n" + repeat(SENTENCE, " ", 100);
        List<Parsed> parts = parts(Rich.plain(paragraph));
        assertThat(parts.getFirst().text().length()).isGreaterThan(MessageSplit.LENGTH_BUDGET / 2);
        assertThat(visible(String.join("", texts(parts)))).isEqualTo(visible(paragraph));
    }

    @Test
    void aSentenceLongerThanAMessageIsCutBetweenWords() {
        String sentence = repeat("والمفاوضات", " ", 1_000);
        List<Parsed> parts = parts(Rich.plain(sentence));
        assertThat(parts).hasSize(3);
        parts.forEach(p -> assertThat(p.text()).startsWith("والمفاوضات").endsWith("والمفاوضات"));
        assertThat(String.join(" ", texts(parts))).isEqualTo(sentence);
    }

    @Test
    void aSingleWordOf10000CharactersIsCutHard() {
        String word = "ب".repeat(10_000);
        List<Parsed> parts = parts(Rich.plain(word));
        assertThat(parts).hasSize(3);
        assertThat(String.join("", texts(parts))).isEqualTo(word);
    }

    @Test
    void aFormattedSpanThatMustBeCutIsClosedAndReopened() {
        String bold = repeat("المفاوضات", " ", 1_000);
        List<String> html = TelegramHtml.render(Rich.builder().plain("تمهيد ").bold(bold).build(), Language.ARABIC);
        assertThat(html).hasSize(3);
        assertThat(html.get(0)).startsWith("تمهيد <b>").endsWith("</b>");
        assertThat(html.get(1)).startsWith("<b>").endsWith("</b>");
        assertThat(visible(String.join("", texts(parts(Rich.builder().plain("تمهيد ").bold(bold).build())))))
                .isEqualTo(visible("تمهيد " + bold));
    }

    @Test
    void aMessageOf150LinksIsSplitUnderOneHundredEntitiesEach() {
        Rich.Builder message = Rich.builder();
        List<String> urls = IntStream.range(0, 150).mapToObj(i -> "https://example.com/news/" + i).toList();
        urls.forEach(url -> message.link("خبر رقم " + url.substring(url.lastIndexOf('/') + 1), url).paragraph());
        List<Parsed> parts = parts(message.build());
        assertThat(parts).hasSize(2);
        assertThat(parts.stream().flatMap(p -> p.hrefs().stream()).toList()).isEqualTo(urls);
    }

    @Test
    void aParagraphOf150LinksIsSplitUnderOneHundredEntitiesEach() {
        Rich.Builder message = Rich.builder();
        List<String> urls = IntStream.range(0, 150).mapToObj(i -> "https://example.com/news/" + i).toList();
        urls.forEach(url -> message.plain("• ").link("خبر", url).plain("\n"));
        List<Parsed> parts = parts(message.build());
        assertThat(parts).hasSize(2);
        assertThat(parts.stream().flatMap(p -> p.hrefs().stream()).toList()).isEqualTo(urls);
        parts.forEach(p -> assertThat(p.text()).startsWith("• خبر").endsWith("خبر"));
    }

    @Test
    void neverCutsInsideAnEntityOrASurrogatePair() {
        // No white space at all: every cut is hard, and falls among references and pairs.
        String unit = "&<>😀👨‍👩‍👧🇸🇦مُحَمَّد";
        String word = repeat(unit, "", 700);
        Rich message = Rich.builder().plain(word).bold(word).link(word, "https://example.com/?a=1&b=2").build();
        List<Parsed> parts = parts(message);
        assertThat(parts).hasSizeGreaterThan(5);
        // A flag is a strong left-to-right character, so each piece opens with a mark.
        String joined = String.join("", texts(parts)).replace("\u200F", "");
        assertThat(joined).isEqualTo(word + word + word);
        // A cut keeps each pair, emoji sequence, flag and letter with its harakat whole.
        Set<String> whole = new HashSet<>(graphemes(unit + "\u200F"));
        assertThat(whole).contains("👨‍👩‍👧", "🇸🇦", "مُ");
        for (Parsed part : parts) {
            assertThat(Character.isLowSurrogate(part.text().charAt(0))).isFalse();
            assertThat(graphemes(part.text())).allMatch(whole::contains);
        }
    }

    @Test
    void everyPartOfAMixedMessageIsValidWithinTheLimitsAndLosesNothing() {
        Random random = new Random(42);
        String[] words = {"قال", "الوزير", "Reuters", "2024", "&", "<b>", "😀", "السعودية،", "ب".repeat(5_000), "؟"};
        Rich.Builder message = Rich.builder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            String word = words[random.nextInt(words.length)] + (random.nextInt(20) == 0 ? "\n" : " ");
            switch (random.nextInt(4)) {
                case 0 -> message.bold(word);
                case 1 -> message.italic(word);
                case 2 -> message.link(word, "https://example.com/" + i);
                default -> message.plain(word);
            }
            expected.append(word);
            if (random.nextInt(50) == 0) message.paragraph();
        }
        List<Parsed> parts = parts(message.build());
        assertThat(visible(String.join("", texts(parts)))).isEqualTo(visible(expected.toString()));
    }

    @Test
    void theLimitsAreTelegrams() {
        assertThat(MessageSplit.MAX_LENGTH).isEqualTo(4096);
        assertThat(MessageSplit.MAX_ENTITIES).isEqualTo(100);
        assertThat(MessageSplit.LENGTH_BUDGET).isLessThan(MessageSplit.MAX_LENGTH);
        assertThat(MessageSplit.ENTITY_BUDGET).isLessThan(MessageSplit.MAX_ENTITIES);
    }
}
