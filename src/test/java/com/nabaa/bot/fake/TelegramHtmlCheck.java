package com.nabaa.bot.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code parse_mode=HTML} text the way the Bot API does, independently of any renderer in main
 * code, so that the fake catches the renderer's mistakes. Rules (https://core.telegram.org/bots/api#html-style):
 * <ul>
 *   <li>tags: b, strong, i, em, u, ins, s, strike, del, span class="tg-spoiler", tg-spoiler, a href,
 *       tg-emoji emoji-id, code, pre (optionally holding one code class="language-x"),
 *       blockquote (optionally {@code expandable}); nothing else, no self-closing tags;</li>
 *   <li>tags properly nested and closed; nothing inside code, and only that one code inside pre;
 *       no blockquote inside a blockquote;</li>
 *   <li>attribute values quoted (stricter than Telegram, which also takes bare values);</li>
 *   <li>{@code < > &} in text written as {@code &lt; &gt; &amp;}; the only named entities are lt, gt, amp,
 *       quot; numeric entities are allowed.</li>
 * </ul>
 * The parsed text and entity offsets are in UTF-16 code units, as Telegram counts them.
 */
final class TelegramHtmlCheck {
    private static final Set<String> NAMED = Set.of("lt", "gt", "amp", "quot");
    private static final Map<String, String> SIMPLE = Map.ofEntries(
            Map.entry("b", "bold"), Map.entry("strong", "bold"),
            Map.entry("i", "italic"), Map.entry("em", "italic"),
            Map.entry("u", "underline"), Map.entry("ins", "underline"),
            Map.entry("s", "strikethrough"), Map.entry("strike", "strikethrough"), Map.entry("del", "strikethrough"),
            Map.entry("tg-spoiler", "spoiler"), Map.entry("code", "code"), Map.entry("pre", "pre"));

    private TelegramHtmlCheck() {
    }

    /** A formatting span of the parsed text; {@code extra} holds url, language or custom_emoji_id. */
    record Entity(String type, int offset, int length, Map<String, String> extra) {
        Entity {
            extra = Map.copyOf(extra);
        }
    }

    /** The text as a reader sees it, its entities, and the first error if Telegram would refuse it. */
    record Parsed(String text, List<Entity> entities, Optional<String> error) {
        Parsed {
            entities = List.copyOf(entities);
        }

        boolean ok() {
            return error.isEmpty();
        }
    }

    static Parsed parse(String html) {
        return new Parser(html).run();
    }

    private static final class Parser {
        private final String in;
        private final StringBuilder out = new StringBuilder();
        private final Deque<Open> open = new ArrayDeque<>();
        private final List<Entity> entities = new ArrayList<>();
        private int pos;

        Parser(String in) {
            this.in = in;
        }

        Parsed run() {
            try {
                while (pos < in.length()) {
                    char c = in.charAt(pos);
                    if (c == '<') {
                        tag();
                    } else if (c == '&') {
                        out.append(entity());
                    } else if (c == '>') {
                        throw fail("unescaped \">\" in text, write &gt;");
                    } else {
                        out.append(c);
                        pos++;
                    }
                }
                if (!open.isEmpty()) {
                    throw fail("Can't find end tag corresponding to start tag \"" + open.peek().name + "\"");
                }
                return new Parsed(out.toString(), entities, Optional.empty());
            } catch (HtmlError e) {
                return new Parsed(out.toString(), entities, Optional.of(e.getMessage()));
            }
        }

        private void tag() {
            int start = pos++;
            boolean closing = take('/');
            String name = word().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                pos = start;
                throw fail("unescaped \"<\" in text, write &lt;");
            }
            if (closing) {
                skipSpaces();
                expect('>', "end tag \"" + name + "\" is not closed by \">\"");
                close(name, start);
            } else {
                Map<String, String> attributes = attributes(name);
                openTag(name, attributes, start);
            }
        }

        private Map<String, String> attributes(String tag) {
            Map<String, String> attributes = new HashMap<>();
            while (true) {
                skipSpaces();
                if (take('>')) {
                    return attributes;
                }
                if (take('/')) {
                    throw fail("self-closing tag \"" + tag + "\" is not supported");
                }
                String name = word().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    throw fail("malformed attributes in tag \"" + tag + "\"");
                }
                skipSpaces();
                if (!take('=')) {
                    attributes.put(name, "");
                    continue;
                }
                skipSpaces();
                if (pos >= in.length() || (in.charAt(pos) != '"' && in.charAt(pos) != '\'')) {
                    throw fail("value of attribute \"" + name + "\" of tag \"" + tag + "\" is not quoted");
                }
                char quote = in.charAt(pos++);
                StringBuilder value = new StringBuilder();
                while (pos < in.length() && in.charAt(pos) != quote) {
                    if (in.charAt(pos) == '&') {
                        value.append(entity());
                    } else if (in.charAt(pos) == '<') {
                        throw fail("unescaped \"<\" in attribute \"" + name + "\"");
                    } else {
                        value.append(in.charAt(pos++));
                    }
                }
                expect(quote, "unclosed value of attribute \"" + name + "\"");
                attributes.put(name, value.toString());
            }
        }

        private void openTag(String name, Map<String, String> attributes, int at) {
            Open parent = open.peek();
            boolean codeInPre = name.equals("code") && parent != null && parent.name.equals("pre");
            if (parent != null && (parent.name.equals("code") || parent.name.equals("pre")) && !codeInPre) {
                throw failAt(at, "tag \"" + name + "\" can't be inside \"" + parent.name + "\"");
            }
            if (codeInPre && parent.hasCode) {
                throw failAt(at, "\"pre\" can hold only one \"code\"");
            }
            Map<String, String> extra = new HashMap<>();
            String type = switch (name) {
                case "span" -> {
                    if (!"tg-spoiler".equals(attributes.get("class"))) {
                        throw failAt(at, "Unsupported start tag \"span\" without class=\"tg-spoiler\"");
                    }
                    yield "spoiler";
                }
                case "a" -> {
                    String href = attributes.getOrDefault("href", "");
                    if (href.isBlank()) {
                        throw failAt(at, "tag \"a\" must have a non-empty href");
                    }
                    extra.put("url", href);
                    yield "text_link";
                }
                case "tg-emoji" -> {
                    String id = attributes.getOrDefault("emoji-id", "");
                    if (id.isBlank()) {
                        throw failAt(at, "tag \"tg-emoji\" must have an emoji-id");
                    }
                    extra.put("custom_emoji_id", id);
                    yield "custom_emoji";
                }
                case "blockquote" -> {
                    if (open.stream().anyMatch(o -> o.name.equals("blockquote"))) {
                        throw failAt(at, "\"blockquote\" can't be nested");
                    }
                    yield attributes.containsKey("expandable") ? "expandable_blockquote" : "blockquote";
                }
                default -> Optional.ofNullable(SIMPLE.get(name))
                        .orElseThrow(() -> failAt(at, "Unsupported start tag \"" + name + "\""));
            };
            String language = attributes.getOrDefault("class", "");
            if (name.equals("code") && !language.isEmpty()) {
                if (!codeInPre || !language.startsWith("language-")) {
                    throw failAt(at, "class=\"" + language + "\" is allowed only as language-x on a code in a pre");
                }
                parent.extra.put("language", language.substring("language-".length()));
            }
            if (codeInPre) {
                parent.hasCode = true;
            }
            open.push(new Open(name, codeInPre ? "" : type, out.length(), extra));
        }

        private void close(String name, int at) {
            Open top = open.peek();
            if (top == null || !top.name.equals(name)) {
                throw failAt(at, "Unmatched end tag \"" + name + "\", expected "
                        + (top == null ? "no end tag" : "\"</" + top.name + ">\""));
            }
            open.pop();
            int length = out.length() - top.offset;
            if (!top.type.isEmpty() && length > 0) {
                entities.add(new Entity(top.type, top.offset, length, top.extra));
            }
        }

        private String entity() {
            int start = pos;
            int end = in.indexOf(';', pos);
            if (end < 0 || end - pos > 12) {
                throw fail("unescaped \"&\", write &amp;");
            }
            String body = in.substring(pos + 1, end);
            pos = end + 1;
            if (NAMED.contains(body)) {
                return switch (body) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    default -> "\"";
                };
            }
            if (body.matches("#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}")) {
                boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
                int code = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
                if (Character.isValidCodePoint(code) && code != 0) {
                    return Character.toString(code);
                }
            }
            throw failAt(start, "Unsupported HTML entity \"&" + body + ";\"");
        }

        private String word() {
            int start = pos;
            while (pos < in.length() && (Character.isLetterOrDigit(in.charAt(pos)) || in.charAt(pos) == '-'
                    || in.charAt(pos) == '_')) {
                pos++;
            }
            return in.substring(start, pos);
        }

        private boolean take(char c) {
            if (pos < in.length() && in.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c, String message) {
            if (!take(c)) {
                throw fail(message);
            }
        }

        private void skipSpaces() {
            while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
                pos++;
            }
        }

        private HtmlError fail(String message) {
            return failAt(pos, message);
        }

        private HtmlError failAt(int at, String message) {
            int bytes = in.substring(0, Math.min(at, in.length())).getBytes(StandardCharsets.UTF_8).length;
            return new HtmlError("can't parse entities: " + message + " at byte offset " + bytes);
        }
    }

    private static final class Open {
        final String name;
        final String type;
        final int offset;
        final Map<String, String> extra;
        boolean hasCode;

        Open(String name, String type, int offset, Map<String, String> extra) {
            this.name = name;
            this.type = type;
            this.offset = offset;
            this.extra = extra;
        }
    }

    private static final class HtmlError extends RuntimeException {
        HtmlError(String message) {
            super(message, null, false, false);
        }
    }
}
