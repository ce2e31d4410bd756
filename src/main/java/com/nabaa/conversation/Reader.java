package com.nabaa.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * Who wrote.
 *
 * @param id           the reader's user id (Telegram's user id)
 * @param languageCode the language the reader's app is set to (Telegram's {@code language_code},
 *                     "ar", "en-US"), when known
 */
public record Reader(long id, Optional<String> languageCode) {
    public Reader {
        Objects.requireNonNull(languageCode, "languageCode");
    }
}
