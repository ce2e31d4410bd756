package com.nabaa.conversation;

import com.nabaa.admin.Broadcast;
import com.nabaa.admin.Deliveries;
import com.nabaa.admin.FeedDesk;
import com.nabaa.admin.Segment;
import com.nabaa.admin.Stats;
import com.nabaa.admin.SubscriptionCounts;
import com.nabaa.news.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The newsroom's words in English. */
final class EnglishAdminTexts implements AdminTexts {
    static final EnglishAdminTexts INSTANCE = new EnglishAdminTexts();

    private EnglishAdminTexts() {
    }

    @Override
    public String refused() {
        return "Sorry, this is for the newsroom's admins.";
    }

    @Override
    public String commandsTitle() {
        return "Newsroom commands:";
    }

    @Override
    public List<String> commands() {
        return List.of("/announce text — an announcement to every chat; lang:en or topic:word before the text"
                        + " narrows it; you see a preview first",
                "/stats — readers, questions, subscriptions, deliveries",
                "/feeds — the feeds and their health; /feeds add url [minutes], /feeds remove url|number",
                "/breaking url — mark a stored article as breaking news");
    }

    @Override
    public String announceUsage() {
        return "Write the announcement after the command: /announce text. To narrow it: /announce lang:en text"
                + " (chats that chose English) or /announce topic:word text (a topic's followers; _ for a space).";
    }

    @Override
    public String announceTooLong(int max) {
        return "An announcement is one message: at most " + Format.number(max) + " characters.";
    }

    @Override
    public String unknownSegment() {
        return "I know these segments: lang:ar, lang:en and topic:word.";
    }

    @Override
    public String noTopics() {
        return "Announcements to a topic's followers are not available yet.";
    }

    @Override
    public String previewTitle(Segment segment, long chats) {
        return "Preview — to " + whom(segment) + ", " + chats(chats) + " now:";
    }

    private static String whom(Segment segment) {
        return switch (segment) {
            case Segment.Everyone e -> "every chat";
            case Segment.Readers r -> "chats that chose " + (r.language() == Language.ENGLISH
                    ? "English" : "Arabic");
            case Segment.Followers f -> "followers of “" + f.topic() + "”";
        };
    }

    private static String chats(long n) {
        return Format.number(n) + (n == 1 ? " chat" : " chats");
    }

    @Override
    public String send() {
        return "Send";
    }

    @Override
    public String cancel() {
        return "Cancel";
    }

    @Override
    public String broadcastTitle(Broadcast b) {
        String n = "#" + b.id();
        return switch (b.phase()) {
            case DRAFT -> "Announcement " + n + " has not been sent.";
            case SENDING -> "📣 Announcement " + n + " is going out to " + whom(b.segment()) + ": "
                    + chats(b.reach()) + ".";
            case DONE -> "✅ Announcement " + n + " went out to " + chats(b.reach()) + ".";
            case STOPPED -> "⏹ Announcement " + n + " was stopped.";
            case CANCELLED -> "Announcement " + n + " was cancelled; nothing was sent.";
        };
    }

    @Override
    public String deliveries(Deliveries d) {
        return "Sent " + Format.number(d.sent()) + " · failed " + Format.number(d.failed()) + " · pending "
                + Format.number(d.pending()) + " · cancelled " + Format.number(d.cancelled());
    }

    @Override
    public String sending() {
        return "Sending.";
    }

    @Override
    public String alreadySent() {
        return "It is already sent.";
    }

    @Override
    public String cancelled() {
        return "Cancelled.";
    }

    @Override
    public String stopped() {
        return "Stopped: what had not gone out will not.";
    }

    @Override
    public String alreadyOver() {
        return "This announcement is over already.";
    }

    @Override
    public String unknownAnnouncement() {
        return "I cannot find this announcement.";
    }

    @Override
    public String statsTitle() {
        return "📊 Newsroom statistics";
    }

    @Override
    public List<String> stats(Stats s) {
        List<String> lines = new ArrayList<>();
        lines.add("Readers: " + Format.number(s.readers()) + " · active chats: " + Format.number(s.activeChats())
                + " (groups and channels: " + Format.number(s.groups()) + ")");
        lines.add(s.subscriptions().map(EnglishAdminTexts::subscriptions).orElse("Subscriptions: not connected yet"));
        lines.add("Questions today: " + Format.number(s.questionsToday()) + " · last " + s.days() + " days: "
                + Format.number(s.questions()) + " (" + Format.number(Math.round((double) s.questions() / s.days()))
                + " a day) · no answer: " + s.unansweredPercent() + "%");
        lines.add("Most asked: " + (s.top().isEmpty() ? "nothing yet" : s.top().stream()
                .map(a -> "“" + Format.shortened(a.question()) + "” ×" + a.times()).collect(Collectors.joining(" · "))));
        lines.add("Deliveries: sent " + Format.number(s.deliveries().sent()) + " · failed "
                + Format.number(s.deliveries().failed()) + " · pending " + Format.number(s.deliveries().pending()));
        return lines;
    }

    private static String subscriptions(SubscriptionCounts.Counts c) {
        return "Subscriptions: " + Format.number(c.chats()) + " chats · " + Format.number(c.follows())
                + " follows of " + Format.number(c.topics()) + " topics" + (c.top().isEmpty() ? "" : "; most followed: "
                + c.top().stream().limit(3).map(t -> t.topic() + " (" + t.followers() + ")")
                .collect(Collectors.joining(", ")));
    }

    @Override
    public String feedsUsage() {
        return "/feeds list · /feeds add url [minutes] · /feeds remove url|number";
    }

    @Override
    public String feedsTitle() {
        return "Feeds:";
    }

    @Override
    public String noFeeds() {
        return "No feeds are polled.";
    }

    @Override
    public String feed(int number, FeedDesk.Feed feed) {
        String health = switch (feed.health()) {
            case OK -> "ok";
            case FAILING -> "failing (" + feed.failures() + ")" + feed.lastError().map(e -> ": " + e).orElse("");
            case DISABLED -> "disabled" + feed.lastError().map(e -> ": " + e).orElse("");
        };
        return number + ". " + feed.url() + " — every " + feed.every().toMinutes() + " min — " + health;
    }

    @Override
    public String feedAdded(FeedDesk.Feed feed) {
        return "Added: " + feed.url() + ", polled every " + feed.every().toMinutes() + " min.";
    }

    @Override
    public String feedRemoved(String url) {
        return "Removed: " + url;
    }

    @Override
    public String unknownFeed() {
        return "No such feed. /feeds list shows them with their numbers.";
    }

    @Override
    public String notAUrl() {
        return "That is not a web address (http or https).";
    }

    @Override
    public String badMinutes() {
        return "Minutes are a whole number from 1 to 1440.";
    }

    @Override
    public String feedsUnavailable() {
        return "Feed management is not available yet.";
    }

    @Override
    public String feedRefused(String reason) {
        return "The feed was not added: " + reason;
    }

    @Override
    public String markedBreaking(String title) {
        return "🔴 Marked as breaking: " + title;
    }

    @Override
    public String alreadyBreaking(String title) {
        return "It is breaking news already: " + title;
    }

    @Override
    public String noArticleAt(String url) {
        return "No stored article has this address: " + url;
    }
}
