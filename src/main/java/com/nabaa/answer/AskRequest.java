package com.nabaa.answer;

import com.nabaa.news.Language;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A reader's question as a front end (terminal, Telegram) passes it on.
 *
 * @param text           the question as typed
 * @param readerLanguage the reader's language when the front end knows it (Telegram's
 *                       {@code language_code}, a /lang setting): the reply language of a question
 *                       without Arabic or Latin letters ("؟", "2018")
 * @param now            the reader's clock in the reader's time zone: date phrases (امبارح) are
 *                       counted in it, ages (منذ ساعتين) from it
 * @param stories        how many stories a page holds (at least 1); a "more" request passes the same
 *                       clock and page size as the first page, so it continues the same ranking (a
 *                       question whose date may be its topic is read by comparing first pages)
 * @param offset         the first story of the page, from 0: a "more" button asks for stories {@code
 *                       offset..offset+stories-1} of the same ranking ({@link #next()})
 */
public record AskRequest(String text, Optional<Language> readerLanguage, ZonedDateTime now, int stories, int offset) {
    public AskRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(readerLanguage, "readerLanguage");
        Objects.requireNonNull(now, "now");
        if (stories < 1) throw new IllegalArgumentException("a page holds at least 1 story, not " + stories);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if ((long) offset + stories >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("offset " + offset + " + stories " + stories + " is out of range");
        }
    }

    /** The first page of {@code stories} stories for a reader whose language is not known. */
    public static AskRequest of(String text, ZonedDateTime now, int stories) {
        return new AskRequest(text, Optional.empty(), now, stories, 0);
    }

    /** The same request from a reader whose language is known. */
    public AskRequest withReaderLanguage(Language language) {
        return new AskRequest(text, Optional.of(language), now, stories, offset);
    }

    /** The page after this one: the next {@code stories} stories of the same ranking. */
    public AskRequest next() {
        return new AskRequest(text, readerLanguage, now, stories, offset + stories);
    }
}
