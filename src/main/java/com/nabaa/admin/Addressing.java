package com.nabaa.admin;

import com.nabaa.news.Language;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whom an announcement is for from its argument: "lang:en text", "topic:word text"
 * (underscores stand for spaces in the topic) or just "text" (every chat); and a stored segment
 * code back into its {@link Segment}.
 */
final class Addressing {
    /** A word, a colon, a value, then the text (which may span lines). */
    private static final Pattern PREFIX = Pattern.compile("(lang|topic):(\\S+)(?:\\s+(.*))?",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private Addressing() {
    }

    /** An argument read: its segment (empty when it names one that does not exist) and its text. */
    record Addressed(Optional<Segment> segment, String text) {
        Addressed {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(text, "text");
        }
    }

    static Addressed read(String argument) {
        Matcher m = PREFIX.matcher(argument.strip());
        if (!m.matches()) return new Addressed(Optional.of(new Segment.Everyone()), argument.strip());
        String text = Objects.requireNonNullElse(m.group(3), "").strip();
        String value = m.group(2);
        if (m.group(1).equalsIgnoreCase("topic")) {
            return new Addressed(Optional.of(new Segment.Followers(value.replace('_', ' ').strip())), text);
        }
        Language language = Language.fromCode(value);
        boolean known = value.length() == 2 && language != Language.OTHER;
        return new Addressed(known ? Optional.of(new Segment.Readers(language)) : Optional.empty(), text);
    }

    /** The segment of a stored code ({@link Segment#code()}). */
    static Segment segment(String code) {
        if (code.equals("all")) return new Segment.Everyone();
        if (code.startsWith("lang:")) return new Segment.Readers(Language.fromCode(code.substring(5)));
        if (code.startsWith("topic:")) return new Segment.Followers(code.substring(6));
        throw new IllegalArgumentException("not a segment: " + code);
    }
}
