package com.nabaa.conversation;

import com.nabaa.admin.Broadcast;
import com.nabaa.admin.Deliveries;
import com.nabaa.admin.FeedDesk;
import com.nabaa.admin.Segment;
import com.nabaa.admin.Stats;
import com.nabaa.news.Language;
import java.util.List;

/**
 * What the bot says to the newsroom's admins, and to anyone else who tries their commands: one
 * implementation per language ({@link ArabicAdminTexts}, {@link EnglishAdminTexts}), like
 * {@link Texts}.
 */
interface AdminTexts {
    static AdminTexts of(Language language) {
        return language == Language.ENGLISH ? EnglishAdminTexts.INSTANCE : ArabicAdminTexts.INSTANCE;
    }

    /** To anyone who is not an admin: nothing about what the commands are. */
    String refused();

    String commandsTitle();

    /** "/announce …  — what it does", one line per admin command. */
    List<String> commands();

    String announceUsage();

    String announceTooLong(int max);

    String unknownSegment();

    String noTopics();

    /** The line over a preview: whom it goes to and how many chats that is now. */
    String previewTitle(Segment segment, long chats);

    String send();

    String cancel();

    /** What the one message about a broadcast says, at each phase. */
    String broadcastTitle(Broadcast b);

    String deliveries(Deliveries d);

    String sending();

    String alreadySent();

    String cancelled();

    String stopped();

    String alreadyOver();

    String unknownAnnouncement();

    String statsTitle();

    /** The statistics, a short line each. */
    List<String> stats(Stats s);

    String feedsUsage();

    String feedsTitle();

    String noFeeds();

    String feed(int number, FeedDesk.Feed feed);

    String feedAdded(FeedDesk.Feed feed);

    String feedRemoved(String url);

    String unknownFeed();

    String notAUrl();

    String badMinutes();

    String feedsUnavailable();

    String feedRefused(String reason);

    String markedBreaking(String title);

    String alreadyBreaking(String title);

    String noArticleAt(String url);
}
