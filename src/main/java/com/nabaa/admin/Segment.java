package com.nabaa.admin;

import com.nabaa.news.Language;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an announcement is for: every active chat, the chats that chose a language with /lang, or the
 * chats that follow a topic. An admin names it before the text: {@code /announce lang:en …},
 * {@code /announce topic:الذهب …} (underscores stand for spaces: {@code topic:سد_النهضة}).
 */
public sealed interface Segment {
    /** "lang:en", "topic:…": a word, a colon, a value, then the text. */
    Pattern PREFIX = Pattern.compile("(lang|topic):(\\S+)(?:\\s+(.*))?", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

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

    /** An announcement's argument read: its segment (empty when it names one that does not exist) and text. */
    record Addressed(Optional<Segment> segment, String text) {
        public Addressed {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Reads "lang:en text", "topic:word text" or just "text" (to everyone). */
    static Addressed read(String argument) {
        Matcher m = PREFIX.matcher(argument.strip());
        if (!m.matches()) return new Addressed(Optional.of(new Everyone()), argument.strip());
        String text = Objects.requireNonNullElse(m.group(3), "").strip();
        String value = m.group(2);
        if (m.group(1).equalsIgnoreCase("topic")) {
            return new Addressed(Optional.of(new Followers(value.replace('_', ' ').strip())), text);
        }
        Language language = Language.fromCode(value);
        boolean known = value.length() == 2 && language != Language.OTHER;
        return new Addressed(known ? Optional.of(new Readers(language)) : Optional.empty(), text);
    }

    /** The segment of a stored code. */
    static Segment ofCode(String code) {
        if (code.equals("all")) return new Everyone();
        if (code.startsWith("lang:")) return new Readers(Language.fromCode(code.substring(5)));
        if (code.startsWith("topic:")) return new Followers(code.substring(6));
        throw new IllegalArgumentException("not a segment: " + code);
    }
}
