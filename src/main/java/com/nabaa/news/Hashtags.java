package com.nabaa.news;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a hashtag as running text: outlets write a name or a place as a social-media tag in
 * their prose ("لقي #زاك_كوكس حتفه"، "مساجد في العاصمة الأردنية #عمان"). A reader reads زاك كوكس,
 * and searches for it as two words; Telegram would turn the tag into a link to other chats' posts.
 * A {@code #} before a figure ("#1") or after a letter ("C#") is no hashtag and is left alone.
 */
public final class Hashtags {
    private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}_&/])#(\\p{L}[\\p{L}\\p{M}\\p{N}_]*)");

    private Hashtags() {
    }

    /** {@code text} with each hashtag written as its words: the {@code #} dropped, underscores as spaces. */
    public static String unfold(String text) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('#') < 0) return text;
        Matcher m = TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String words = m.group(1).replace('_', ' ').strip().replaceAll(" +", " ");
            m.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return out.toString();
    }
}
