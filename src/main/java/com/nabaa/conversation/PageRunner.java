package com.nabaa.conversation;

import com.nabaa.answer.Answer;
import com.nabaa.answer.Answers;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.Headlines;
import com.nabaa.answer.NewsDesk;
import com.nabaa.answer.Wording;
import com.nabaa.news.Language;
import com.nabaa.answer.SourceLink;
import com.nabaa.answer.Story;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Makes a page of a list (an answer, the latest, breaking, a search) from what it was asked with:
 * the first page, or a later one with the same clock so that it continues the same ranking.
 */
final class PageRunner {
    private final Answers answers;
    private final NewsDesk desk;
    private final AnswerView view;
    private final int pageSize;

    PageRunner(Answers answers, NewsDesk desk, AnswerView view, int pageSize) {
        this.answers = answers;
        this.desk = desk;
        this.view = view;
        this.pageSize = pageSize;
    }

    int pageSize() {
        return pageSize;
    }

    /** The page at {@code offset} of a list; {@code query}: the question, section or search words. */
    Shown run(PageKind kind, String query, ZonedDateTime askedAt, int offset, Language language) {
        Texts texts = Texts.of(language);
        Wording say = Wording.of(language);
        return switch (kind) {
            case ASK -> answered(answers.ask(new AskRequest(query, Optional.of(language), askedAt, pageSize, offset)));
            case LATEST -> {
                Optional<String> section = query.isBlank() ? Optional.empty() : Optional.of(query);
                yield listed(desk.latest(section, false, pageSize, offset, askedAt), language,
                        say.latest(section.map(texts::sectionName)), texts.noNews(), askedAt);
            }
            case BREAKING -> listed(desk.latest(Optional.empty(), true, pageSize, offset, askedAt), language,
                    say.latestBreaking(), texts.noBreaking(), askedAt);
            case SEARCH -> listed(desk.search(query, pageSize, offset, askedAt), language, say.searchResults(query),
                    say.noSearchResults(query), askedAt);
            case STORY, TIMELINE -> throw new IllegalArgumentException("a " + kind + " page is one story, not a list");
        };
    }

    /**
     * An answer as shown; kept even when nothing answers, so that votes and replies find it. A story
     * dated after the reader's clock is left out (the answering allows a day ahead for outlets that
     * stamp their time without its offset; the bot never shows one).
     */
    Shown answered(Answer answer) {
        Answer a = withoutFuture(answer);
        return Shown.of(view.answer(a), a.stories(), a.more(), a.language(), String.join(" ", a.topicWords()),
                a.offset() == 0 || !a.stories().isEmpty());
    }

    private static Answer withoutFuture(Answer a) {
        List<Story> shown = a.stories().stream().filter(st -> past(st.published(), a)).toList();
        List<SourceLink> related = a.related().stream().filter(r -> past(r.published(), a)).toList();
        if (shown.size() == a.stories().size() && related.size() == a.related().size()) return a;
        if (shown.isEmpty() && (a.offset() == 0 || a.noAnswer())) {
            return new Answer(a.question(), a.askedAt(), a.language(), a.topicWords(), Answer.Kind.NOTHING_FOUND,
                    List.of(), Optional.empty(), a.suggestion(), related, 0, false, a.translation());
        }
        Optional<String> direct = shown.isEmpty() || !shown.get(0).equals(a.stories().get(0)) ? Optional.empty()
                : a.directAnswer();
        return new Answer(a.question(), a.askedAt(), a.language(), a.topicWords(), a.kind(), shown, direct,
                a.suggestion(), a.related(), a.offset(), a.more() && !shown.isEmpty(), a.translation());
    }

    private static boolean past(Optional<java.time.Instant> published, Answer a) {
        return published.map(p -> !p.isAfter(a.askedAt().toInstant())).orElse(true);
    }

    private Shown listed(Headlines h, Language language, String header, String empty, ZonedDateTime now) {
        return Shown.of(view.headlines(h, language, header, empty, now), h.stories(), h.more(), language, "",
                !h.isEmpty());
    }
}
