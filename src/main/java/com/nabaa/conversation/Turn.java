package com.nabaa.conversation;

import com.nabaa.news.Language;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One incoming message or press as the handlers see it: where, from whom, in which language to
 * speak, and the clock in the readers' time zone.
 */
record Turn(Chat chat, Reader reader, Language language, ZonedDateTime now) {
    Turn {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(now, "now");
    }

    /** The same turn speaking another language (a page's own, a language just chosen). */
    Turn withLanguage(Language other) {
        return new Turn(chat, reader, other, now);
    }

    Texts texts() {
        return Texts.of(language);
    }

    AlertTexts alertTexts() {
        return AlertTexts.of(language);
    }

    /**
     * The language to speak: the one chosen in the chat with /lang, else the reader's app language
     * ("ar…" Arabic, "en…" English), else Arabic, the product's main language.
     */
    static Language language(Optional<Language> chosen, Reader reader) {
        return chosen.filter(l -> l != Language.OTHER).orElseGet(() -> {
            Language app = reader.languageCode().map(Language::fromCode).orElse(Language.OTHER);
            return app == Language.ENGLISH ? Language.ENGLISH : Language.ARABIC;
        });
    }
}
