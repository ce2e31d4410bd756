package com.nabaa.conversation;

import com.nabaa.news.Language;
import java.util.List;

/** The one home of the bot's command names (without the slash) and of its command menu. */
final class Commands {
    static final String START = "start";
    static final String HELP = "help";
    static final String LANG = "lang";
    static final String LATEST = "latest";
    static final String BREAKING = "breaking";
    static final String SEARCH = "search";
    static final String SETTINGS = "settings";
    /** The newsroom's: not in the menu; /help lists them to admins only (/breaking with an address is one too). */
    static final String ANNOUNCE = "announce";
    static final String STATS = "stats";
    static final String FEEDS = "feeds";
    static final String SUBSCRIBE = "subscribe";
    static final String UNSUBSCRIBE = "unsubscribe";
    static final String FOLLOW = "follow";
    static final String FOLLOWING = "following";
    static final String UNFOLLOW = "unfollow";

    /** The menu's order: what a new reader needs first. */
    static final List<String> MENU = List.of(LATEST, BREAKING, SEARCH, SUBSCRIBE, FOLLOW, FOLLOWING, UNFOLLOW,
            UNSUBSCRIBE, LANG, SETTINGS, HELP, START);

    private Commands() {
    }

    static List<Dialog.CommandInfo> menu(Language language) {
        Texts texts = Texts.of(language);
        return MENU.stream().map(c -> new Dialog.CommandInfo(c, texts.commandDescription(c))).toList();
    }
}
