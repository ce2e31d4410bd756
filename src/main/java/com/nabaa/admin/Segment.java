package com.nabaa.admin;

import com.nabaa.news.Language;
import java.util.Objects;

/**
 * Who an announcement is for: every active chat, the chats that chose a language with /lang, or the
 * chats that follow a topic. An admin names it before the text: {@code /announce lang:en …},
 * {@code /announce topic:الذهب …} (underscores stand for spaces: {@code topic:سد_النهضة}).
 */
public sealed interface Segment {
    /** The segment as the store keeps it: "all", "lang:en", "topic:…". */
    String code();

    /** Every active chat. */
    record Everyone() implements Segment {
        public String code() {
            return "all";
        }
    }

    /** Active chats whose chosen language is this one (chats that never chose one are not in it). */
    record Readers(Language language) implements Segment {
        public Readers {
            if (language == Language.OTHER) throw new IllegalArgumentException("readers read Arabic or English");
        }

        public String code() {
            return "lang:" + language.code();
        }
    }

    /** Active chats that follow the topic. */
    record Followers(String topic) implements Segment {
        public Followers {
            Objects.requireNonNull(topic, "topic");
            if (topic.isBlank()) throw new IllegalArgumentException("a topic has words");
        }

        public String code() {
            return "topic:" + topic;
        }
    }
}
