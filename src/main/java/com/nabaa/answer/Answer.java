package com.nabaa.answer;

import com.nabaa.news.Language;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What Nabaa answers to a question, free of any presentation (Telegram or text): {@link Wording}
 * holds what a front end says around it, in the answer's {@link #language()}.
 *
 * @param question     the question as asked
 * @param askedAt      the clock the answer was made against (ages such as "منذ ساعتين" count from it)
 * @param language     the language to reply in, Arabic or English: the question's own when it has
 *                     Arabic or Latin letters (more Arabic letters: Arabic), else the reader's
 *                     language when known and Arabic or English, else Arabic
 * @param topicWords   the question's content words as typed, without fillers and date phrase, for
 *                     a "follow this topic" button (empty when the question names no topic)
 * @param kind         how the stories answer
 * @param stories      the page's stories, best first (newest first for {@link Kind#LATEST}); empty
 *                     when nothing answers or the page lies past the last story
 * @param directAnswer one sentence that clearly answers, on the first page, when there is one
 * @param suggestion   a corrected spelling of the question when one of its words is unknown to the
 *                     index and a close indexed word exists (on the first page)
 * @param related      when nothing answers: the latest headlines related to the question
 * @param offset       the page's first story within the whole ranking, from 0
 * @param more         stories follow this page: a front end may offer "more"
 * @param translation  for an English question read in Arabic news: the Arabic searched and the words
 *                     with none, which the reply states first (the stories and their summaries are Arabic)
 * @param missing      when nothing answers: the question's words that no story holds (the index has
 *                     never seen them, and no other spelling explains them) or that the best match
 *                     lacked (a name, a place, the year named), as typed: what even the closest story
 *                     does not tell of, stated so the reader sees why nothing answers
 */
public record Answer(String question, ZonedDateTime askedAt, Language language, List<String> topicWords, Kind kind,
                     List<Story> stories, Optional<String> directAnswer, Optional<String> suggestion,
                     List<SourceLink> related, int offset, boolean more, Optional<Translation> translation,
                     List<String> missing) {
    /** How an answer's stories answer the question. */
    public enum Kind {
        /** Stories that answer the question, best first. */
        ANSWERED,
        /**
         * The newest stories: on the topic the reader asked the latest of or named alone ("آخر أخبار
         * اليمن"، "سد النهضة"), or of a date or section without a topic ("آخر الأخبار"، "أخبار الرياضة").
         */
        LATEST,
        /**
         * Nothing of the date the reader named answers ("زلزال كريت امبارح"): the stories answer the
         * question without its date, and each shows its own.
         */
        UNDATED,
        /**
         * Nothing recent answers a question about now: a result ("نتيجة ماتش مصر والسعودية"), a
         * price or rate as it stands, the news of a topic. The newest stories that answer are
         * offered, each with its date, under {@link Wording#older()}: never as the answer (no »).
         */
        OLDER,
        /** Nothing answers: see {@link #suggestion()} and {@link #related()}. */
        NOTHING_FOUND,
        /**
         * A short follow-up without a topic of its own ("وبعدين؟", "ومين المسؤول؟") and no earlier
         * answer to read it with: no stories, the reader is asked for the topic ({@link
         * Wording#askWithTopic()}), never answered from a story at random.
         */
        NEEDS_TOPIC;

        /** Whether an answer of this kind answers with stories (is not a no-answer). */
        public boolean answers() {
            return this != NOTHING_FOUND && this != NEEDS_TOPIC;
        }
    }

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(language, "language");
        if (language == Language.OTHER) throw new IllegalArgumentException("the reply language is Arabic or English");
        topicWords = List.copyOf(topicWords);
        Objects.requireNonNull(kind, "kind");
        stories = List.copyOf(stories);
        Objects.requireNonNull(directAnswer, "directAnswer");
        Objects.requireNonNull(suggestion, "suggestion");
        related = List.copyOf(related);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if (!kind.answers() && !stories.isEmpty()) {
            throw new IllegalArgumentException("an answer that found nothing has no stories");
        }
        if (kind.answers() && offset == 0 && stories.isEmpty()) {
            throw new IllegalArgumentException("the first page of a " + kind + " answer has stories");
        }
        if (more && stories.isEmpty()) throw new IllegalArgumentException("more stories follow only a page of stories");
        Objects.requireNonNull(translation, "translation");
        missing = List.copyOf(missing);
    }

    /** An answer that names no missing words. */
    public Answer(String question, ZonedDateTime askedAt, Language language, List<String> topicWords, Kind kind,
                  List<Story> stories, Optional<String> directAnswer, Optional<String> suggestion,
                  List<SourceLink> related, int offset, boolean more, Optional<Translation> translation) {
        this(question, askedAt, language, topicWords, kind, stories, directAnswer, suggestion, related, offset, more,
                translation, List.of());
    }

    /** An answer read in the question's own language, without a translation. */
    public Answer(String question, ZonedDateTime askedAt, Language language, List<String> topicWords, Kind kind,
                  List<Story> stories, Optional<String> directAnswer, Optional<String> suggestion,
                  List<SourceLink> related, int offset, boolean more) {
        this(question, askedAt, language, topicWords, kind, stories, directAnswer, suggestion, related, offset, more,
                Optional.empty());
    }

    /** True when no article answers the question (nothing found, or a follow-up without a topic). */
    public boolean noAnswer() {
        return !kind.answers();
    }

    /**
     * The same answer with the stories holding any of the {@code preferred} articles first, in
     * their own order, then the others (a follow-up's answer puts the page it follows first). The
     * direct answer is its first story's sentence: it is kept only while that story stays first
     * ("وكام عدد الضحايا؟" after the earthquake's page must not state a bombing's toll above the
     * earthquake).
     */
    public Answer preferring(Set<String> preferred) {
        if (preferred.isEmpty() || stories.isEmpty()) return this;
        List<Story> first = new ArrayList<>();
        List<Story> rest = new ArrayList<>();
        for (Story s : stories) {
            (s.articleIds().stream().anyMatch(preferred::contains) ? first : rest).add(s);
        }
        first.addAll(rest);
        Optional<String> direct = first.get(0).equals(stories.get(0)) ? directAnswer : Optional.empty();
        return new Answer(question, askedAt, language, topicWords, kind, first, direct, suggestion, related, offset, more,
                translation, missing);
    }
}
