package com.nabaa.conversation;

import com.nabaa.news.Language;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button press asks, as its callback data: a page handle and a story's position, never
 * text, so it stays far under 64 bytes ("s:123456:2"). Data that does not parse was not made here.
 */
sealed interface ButtonData {
    Pattern PAGE = Pattern.compile("([mstv]):([1-9][0-9]{0,17})(?::([0-9]|u|d))?");
    Pattern LANGUAGE = Pattern.compile("l:(ar|en)");
    Pattern ANNOUNCEMENT = Pattern.compile("b:([sc]):([1-9][0-9]{0,17})");

    String encode();

    /** The next page of an answer. */
    record More(long page) implements ButtonData {
        public String encode() {
            return "m:" + page;
        }
    }

    /** One story of a page in full. */
    record Summary(long page, int story) implements ButtonData {
        public String encode() {
            return "s:" + page + ":" + story;
        }
    }

    /** One story of a page as a timeline. */
    record Timeline(long page, int story) implements ButtonData {
        public String encode() {
            return "t:" + page + ":" + story;
        }
    }

    /** A vote on a page: helpful or not. */
    record Vote(long page, boolean helpful) implements ButtonData {
        public String encode() {
            return "v:" + page + ":" + (helpful ? "u" : "d");
        }
    }

    /** The chat's language. */
    record ChooseLanguage(Language language) implements ButtonData {
        public String encode() {
            return "l:" + language.code();
        }
    }

    /** An admin's announcement: send it, or cancel it (a draft) or stop it (under way). */
    record Announcement(long id, boolean send) implements ButtonData {
        public String encode() {
            return "b:" + (send ? "s" : "c") + ":" + id;
        }
    }

    static Optional<ButtonData> parse(String data) {
        Matcher announcement = ANNOUNCEMENT.matcher(data);
        if (announcement.matches()) {
            return Optional.of(new Announcement(Long.parseLong(announcement.group(2)), announcement.group(1).equals("s")));
        }
        Matcher lang = LANGUAGE.matcher(data);
        if (lang.matches()) return Optional.of(new ChooseLanguage(Language.fromCode(lang.group(1))));
        Matcher m = PAGE.matcher(data);
        if (!m.matches()) return Optional.empty();
        long page = Long.parseLong(m.group(2));
        String arg = m.group(3);
        return switch (m.group(1)) {
            case "m" -> arg == null ? Optional.of(new More(page)) : Optional.empty();
            case "s" -> story(arg).map(i -> new Summary(page, i));
            case "t" -> story(arg).map(i -> new Timeline(page, i));
            case "v" -> "u".equals(arg) || "d".equals(arg) ? Optional.of(new Vote(page, "u".equals(arg)))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<Integer> story(String arg) {
        return arg != null && Character.isDigit(arg.charAt(0)) ? Optional.of(Integer.parseInt(arg)) : Optional.empty();
    }

    /** The page a press is about, when it is about one. */
    default Optional<Long> pageId() {
        return switch (this) {
            case More m -> Optional.of(m.page());
            case Summary s -> Optional.of(s.page());
            case Timeline t -> Optional.of(t.page());
            case Vote v -> Optional.of(v.page());
            case ChooseLanguage l -> Optional.empty();
            case Announcement a -> Optional.empty();
        };
    }
}
