package com.nabaa.push;

import com.nabaa.question.Question;
import com.nabaa.question.QuestionParser;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A topic as a reader types it after /follow: words, every one of which an article must contain;
 * {@code -word} for a word that keeps an article out; {@code section:رياضة} (or {@code قسم:}) and
 * {@code source:"Sky News"} (or {@code مصدر:}) to keep to one section or outlet. A section named in
 * the words the way a question names it ("أخبار الرياضة") counts as the section filter too.
 *
 * @param typed      the whole topic, spaces collapsed: what the chat sees in /following
 * @param words      the words without exclusions and filters
 * @param exclusions the words after a minus sign
 * @param section    the section's category name ("sport")
 * @param source     the outlet's name as typed
 */
public record TopicSpec(String typed, String words, List<String> exclusions, Optional<String> section,
                        Optional<String> source) {
    public static final int MAX_CHARS = 200;
    public static final int MAX_WORDS = 10;

    /** A filter ({@code key:value}, the value quoted when it has spaces) or a plain token. */
    private static final Pattern TOKEN = Pattern.compile("([^\\s:\"«]+):(?:\"([^\"]+)\"|«([^»]+)»|(\\S+))|(\\S+)");
    private static final Pattern SECTION_KEY = Pattern.compile("(?iu)section|قسم|القسم");
    private static final Pattern SOURCE_KEY = Pattern.compile("(?iu)source|مصدر|المصدر");

    public TopicSpec {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(words, "words");
        exclusions = List.copyOf(exclusions);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(source, "source");
    }

    /** Reads a typed topic; {@code now}: the reader's clock (a date phrase in the words is read against it). */
    public static TopicSpec parse(String typed, ZonedDateTime now) {
        String whole = typed.strip().replaceAll("\\s+", " ");
        if (whole.length() > MAX_CHARS) throw new InvalidTopicException(InvalidTopicException.Reason.TOO_LONG, whole);
        List<String> words = new ArrayList<>();
        List<String> exclusions = new ArrayList<>();
        Optional<String> section = Optional.empty();
        Optional<String> source = Optional.empty();
        Matcher m = TOKEN.matcher(whole);
        while (m.find()) {
            String key = m.group(1);
            String value = key == null ? null : firstPresent(m.group(2), m.group(3), m.group(4)).strip();
            if (key != null && SECTION_KEY.matcher(key).matches()) {
                section = Optional.of(section(value));
            } else if (key != null && SOURCE_KEY.matcher(key).matches()) {
                source = Optional.of(value.replace('_', ' '));
            } else {
                String token = m.group();
                if (token.length() > 1 && (token.charAt(0) == '-' || token.charAt(0) == '−')) {
                    exclusions.add(token.substring(1));
                } else {
                    words.add(token);
                }
            }
        }
        if (words.size() + exclusions.size() > MAX_WORDS) {
            throw new InvalidTopicException(InvalidTopicException.Reason.TOO_LONG, whole);
        }
        String text = String.join(" ", words);
        if (section.isEmpty() && !text.isEmpty()) {
            // "أخبار الرياضة" names the section as a question does.
            Question q = QuestionParser.parse(text, now);
            section = q.section();
        }
        if (text.isEmpty() && section.isEmpty() && source.isEmpty()) {
            throw new InvalidTopicException(InvalidTopicException.Reason.NO_WORDS, whole);
        }
        return new TopicSpec(whole, text, exclusions, section, source);
    }

    /** A section by any name the question parser knows ("رياضة", "الكورة", "sport"), as its category name. */
    private static String section(String name) {
        Optional<String> known = QuestionParser.section(name);
        if (known.isPresent()) return known.get();
        String lower = name.toLowerCase(Locale.ROOT);
        return QuestionParser.sections().stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(lower)).findFirst()
                .orElseThrow(() -> new InvalidTopicException(InvalidTopicException.Reason.UNKNOWN_SECTION, name));
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (v != null) return v;
        }
        throw new IllegalStateException("the pattern always captures a value after a key");
    }
}
