package com.nabaa.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A button under a message: it either sends {@code data} back to the conversation when pressed
 * ({@link Incoming.Press}), or opens {@code url}.
 */
public record Button(String label, Optional<String> data, Optional<String> url) {
    /** Telegram's limit on callback data, in bytes of UTF-8. */
    public static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(url, "url");
        if (label.isBlank()) throw new IllegalArgumentException("a button needs a label");
        if (data.isPresent() == url.isPresent()) {
            throw new IllegalArgumentException("a button has either data or a url: " + label);
        }
        if (data.isPresent() && data.get().getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("button data over " + MAX_DATA_BYTES + " bytes: " + data.get());
        }
    }

    public static Button press(String label, String data) {
        return new Button(label, Optional.of(data), Optional.empty());
    }

    public static Button link(String label, String url) {
        return new Button(label, Optional.empty(), Optional.of(url));
    }
}
