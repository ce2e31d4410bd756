package com.nabaa.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payload of a deep link to a story (t.me/bot?start=payload): "s" and the shared story's
 * handle in base 36 ("s1z"), short and chat-independent, so a link can be passed on.
 */
final class DeepLinks {
    /** Telegram allows 64 characters of [A-Za-z0-9_-]; ours are far shorter. */
    private static final Pattern PAYLOAD = Pattern.compile("s([0-9a-z]{1,12})");

    private DeepLinks() {
    }

    static String payload(long sharedStory) {
        return "s" + Long.toString(sharedStory, 36);
    }

    /** The shared story a payload names, when it is one of ours. */
    static Optional<Long> story(String payload) {
        Matcher m = PAYLOAD.matcher(payload);
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(Long.parseLong(m.group(1), 36));
        } catch (NumberFormatException e) {
            return Optional.empty(); // more digits than a long holds: not a handle we made
        }
    }
}
