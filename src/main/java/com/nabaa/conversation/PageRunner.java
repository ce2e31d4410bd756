package com.nabaa.conversation;

import com.nabaa.answer.Answer;
import com.nabaa.answer.Answers;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.Headlines;
import com.nabaa.answer.NewsDesk;
import com.nabaa.answer.Wording;
import com.nabaa.news.Language;
import java.time.ZonedDateTime;
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
     * An answer as shown; kept even when nothing answers, so that votes and replies find it. It holds
     * nothing published after the reader's clock: the answer was read from the index as of that clock.
     */
    Shown answered(Answer a) {
        return Shown.of(view.answer(a), a.stories(), a.more(), a.language(), String.join(" ", a.topicWords()),
                a.offset() == 0 || !a.stories().isEmpty());
    }

    private Shown listed(Headlines h, Language language, String header, String empty, ZonedDateTime now) {
        return Shown.of(view.headlines(h, language, header, empty, now), h.stories(), h.more(), language, "",
                !h.isEmpty());
    }
}
