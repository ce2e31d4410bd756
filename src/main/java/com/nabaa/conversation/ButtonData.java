package com.nabaa.conversation;

import com.nabaa.news.Language;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button press asks, as its callback data: a page handle and a story's position, a topic's
 * id, a setting's short code, never text, so it stays far under 64 bytes ("s:123456:2", "u:42",
 * "p:q:23-7"). Data that does not parse was not made here.
 */
sealed interface ButtonData {
    Pattern PAGE = Pattern.compile("([mstvf]):([1-9][0-9]{0,17})(?::([0-9]|u|d))?");
    Pattern LANGUAGE = Pattern.compile("l:(ar|en)");
    Pattern ANNOUNCEMENT = Pattern.compile("b:([sc]):([1-9][0-9]{0,17})");
    Pattern UNFOLLOW = Pattern.compile("u:([1-9][0-9]{0,17})");
    Pattern SETTING = Pattern.compile("p:([bdhqmzs])(?::([0-9a-z]{1,2}(?:-[0-9]{1,2})?))?");
    String UNFOLLOW_ALL = "x:all";

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

    /** Follow the topic of a page (an answer's topic words). */
    record FollowTopic(long page) implements ButtonData {
        public String encode() {
            return "f:" + page;
        }
    }

    /** Stop following one of the chat's topics. */
    record Unfollow(long topic) implements ButtonData {
        public String encode() {
            return "u:" + topic;
        }
    }

    /** Stop following every topic of the chat. */
    record UnfollowAll() implements ButtonData {
        public String encode() {
            return UNFOLLOW_ALL;
        }
    }

    /**
     * A subscription setting: {@code key} b (breaking 1|0), d (delivery i|d), h (digest hour), q (quiet
     * hours 0 or from-to), m (quiet mode s|d), z (time zone menu, or a zone's number), s (the settings).
     */
    record Setting(char key, Optional<String> value) implements ButtonData {
        public String encode() {
            return "p:" + key + value.map(v -> ":" + v).orElse("");
        }
    }

    static Optional<ButtonData> parse(String data) {
        Matcher announcement = ANNOUNCEMENT.matcher(data);
        if (announcement.matches()) {
            return Optional.of(new Announcement(Long.parseLong(announcement.group(2)), announcement.group(1).equals("s")));
        }
        Matcher lang = LANGUAGE.matcher(data);
        if (lang.matches()) return Optional.of(new ChooseLanguage(Language.fromCode(lang.group(1))));
        if (data.equals(UNFOLLOW_ALL)) return Optional.of(new UnfollowAll());
        Matcher unfollow = UNFOLLOW.matcher(data);
        if (unfollow.matches()) return Optional.of(new Unfollow(Long.parseLong(unfollow.group(1))));
        Matcher setting = SETTING.matcher(data);
        if (setting.matches()) return Optional.of(new Setting(setting.group(1).charAt(0), Optional.ofNullable(setting.group(2))));
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
            case "f" -> arg == null ? Optional.of(new FollowTopic(page)) : Optional.empty();
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
            case FollowTopic f -> Optional.of(f.page());
            case ChooseLanguage l -> Optional.empty();
            case Announcement a -> Optional.empty();
            case Unfollow u -> Optional.empty();
            case UnfollowAll a -> Optional.empty();
            case Setting s -> Optional.empty();
        };
    }
}
