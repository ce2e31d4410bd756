package com.nabaa.bot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent reading of Telegram's HTML parse mode, written from its documentation rather than
 * from {@link TelegramHtml}, to check everything the renderer writes: only the allowed tags, properly
 * nested, {@code <a>} with exactly an {@code href}; no raw {@code < > &} outside tags and references;
 * only the named references {@code &lt; &gt; &amp; &quot;} and numeric ones; and then, on the text as
 * Telegram sees it, the length in UTF-16 code units, the entity count and the characters it rejects.
 */
final class TelegramHtmlValidator {
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
            "code", "pre", "blockquote", "tg-spoiler");
    private static final Pattern REFERENCE = Pattern.compile("&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);");
    private static final Pattern HREF = Pattern.compile("a href=\"([^\"<>]*)\"");

    /** What Telegram makes of a message: its text, entity count and the links' addresses. */
    record Parsed(String text, int entities, List<String> hrefs) {
    }

    private TelegramHtmlValidator() {
    }

    /** The message read as Telegram would, failing if it is not valid HTML or over any limit. */
    static Parsed check(String html) {
        Parsed parsed = parse(html);
        if (parsed.text().length() > MessageSplit.MAX_LENGTH) {
            throw new AssertionError("over " + MessageSplit.MAX_LENGTH + " characters: " + parsed.text().length());
        }
        if (parsed.entities() > MessageSplit.MAX_ENTITIES) {
            throw new AssertionError("over " + MessageSplit.MAX_ENTITIES + " entities: " + parsed.entities());
        }
        if (parsed.text().isBlank()) throw new AssertionError("an empty message: " + html);
        checkCharacters(parsed.text());
        parsed.hrefs().forEach(TelegramHtmlValidator::checkCharacters);
        for (String href : parsed.hrefs()) {
            String lower = href.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("tg:"))) {
                throw new AssertionError("a link Telegram should not open: " + href);
            }
        }
        return parsed;
    }

    static Parsed parse(String html) {
        StringBuilder text = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        Deque<Integer> openedAt = new ArrayDeque<>();
        List<String> hrefs = new ArrayList<>();
        int entities = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) throw new AssertionError("unclosed tag at " + i + ": " + html);
                String tag = html.substring(i + 1, close);
                if (tag.startsWith("/")) {
                    String name = tag.substring(1);
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        throw new AssertionError("</" + name + "> closes " + open.peek() + " at " + i + ": " + html);
                    }
                    open.pop();
                    if (openedAt.pop() == text.length()) throw new AssertionError("an empty <" + name + ">: " + html);
                } else {
                    String name = tag.split(" ", 2)[0];
                    if (!TAGS.contains(name)) throw new AssertionError("a tag Telegram refuses: <" + tag + ">");
                    if (name.equals("a")) {
                        Matcher href = HREF.matcher(tag);
                        if (!href.matches()) throw new AssertionError("a link without a proper href: <" + tag + ">");
                        hrefs.add(decode(href.group(1)));
                    } else if (!tag.equals(name)) {
                        throw new AssertionError("attributes on <" + tag + ">");
                    }
                    open.push(name);
                    openedAt.push(text.length());
                    entities++;
                }
                i = close + 1;
            } else if (c == '&') {
                Matcher reference = REFERENCE.matcher(html).region(i, html.length());
                if (!reference.lookingAt()) throw new AssertionError("a raw & at " + i + ": " + html);
                text.append(character(reference.group(1)));
                i = reference.end();
            } else if (c == '>') {
                throw new AssertionError("a raw > at " + i + ": " + html);
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) throw new AssertionError("unclosed <" + open.peek() + ">: " + html);
        return new Parsed(text.toString(), entities, hrefs);
    }

    /** An attribute value with its references decoded; every {@code &} must start one. */
    private static String decode(String escaped) {
        StringBuilder out = new StringBuilder();
        Matcher reference = REFERENCE.matcher(escaped);
        int i = 0;
        while (i < escaped.length()) {
            if (escaped.charAt(i) != '&') {
                out.append(escaped.charAt(i++));
                continue;
            }
            if (!reference.region(i, escaped.length()).lookingAt()) throw new AssertionError("a raw & in " + escaped);
            out.append(character(reference.group(1)));
            i = reference.end();
        }
        return out.toString();
    }

    private static String character(String reference) {
        return switch (reference) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> Character.toString(reference.startsWith("#x")
                    ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1)));
        };
    }

    /** Fails on a character Telegram rejects or that breaks the text. */
    static void checkCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u2028' || c == '\u2029';
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i));
            } else if (Character.isLowSurrogate(c)) {
                bad = true;
            }
            if (bad) throw new AssertionError(String.format("character U+%04X at %d", (int) c, i));
        }
    }
}
