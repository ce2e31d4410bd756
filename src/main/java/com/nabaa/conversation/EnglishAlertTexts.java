package com.nabaa.conversation;

import com.nabaa.push.Delivery;
import com.nabaa.push.QuietHours;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Subscriptions and alert settings in English. */
final class EnglishAlertTexts implements AlertTexts {
    static final EnglishAlertTexts INSTANCE = new EnglishAlertTexts();

    private static final Map<String, String> ZONES = Map.of("Africa/Cairo", "Cairo", "Asia/Riyadh", "Riyadh",
            "Asia/Dubai", "Dubai", "Asia/Beirut", "Beirut", "Africa/Casablanca", "Casablanca", "Europe/London", "London");

    private EnglishAlertTexts() {
    }

    @Override
    public List<String> helpTips() {
        return List.of("• /subscribe sends you breaking news as it breaks; /unsubscribe stops it.",
                "• /follow elections sends you every new story on a topic. Leave out a word with a minus:"
                        + " /follow elections -Egypt; keep to a section or outlet: /follow league section:sport or"
                        + " /follow oil source:skynews",
                "• /following lists your topics; /unfollow 2 drops the second one.",
                "• /settings for instant alerts or a daily digest, quiet hours and your time zone.");
    }

    @Override
    public String adminsOnly() {
        return "In groups, only the group's admins change its subscriptions.";
    }

    @Override
    public String subscribed(boolean already) {
        return already ? "You are subscribed to breaking news already."
                : "✅ Subscribed to breaking news: you'll get it as it breaks.";
    }

    @Override
    public String unsubscribed(boolean wasSubscribed) {
        return wasSubscribed ? "Breaking news stopped." : "You are not subscribed to breaking news.";
    }

    @Override
    public String unfollowAllButton(int topics) {
        return "🗑 Stop following all topics (" + topics + ")";
    }

    @Override
    public String unsubscribedAll(int topics) {
        return "All subscriptions stopped: breaking news and " + topics + " topic" + (topics == 1 ? "" : "s") + ".";
    }

    @Override
    public String followHowTo() {
        return "Write the topic after the command, e.g. /follow Nile dam\n"
                + "To leave out a word: /follow elections -Egypt\nFor a section or outlet: /follow league section:sport";
    }

    @Override
    public String followed(String topic) {
        return "🔔 Now following \"" + topic + "\": you'll get every new story on it.";
    }

    @Override
    public String alreadyFollowing(String topic) {
        return "You follow \"" + topic + "\" already.";
    }

    @Override
    public String tooManyTopics(int max) {
        return "You follow " + max + " topics, the most a chat can. Drop one first: /following";
    }

    @Override
    public String topicTooLong() {
        return "That topic is long; please put it in a few words.";
    }

    @Override
    public String topicNoWords() {
        return "I found no words to follow in that topic. Write words of the news itself, e.g. /follow Nile dam";
    }

    @Override
    public String topicsTitle() {
        return "The topics you follow:";
    }

    @Override
    public String noTopics() {
        return "You follow no topic yet. For example: /follow Nile dam";
    }

    @Override
    public String unfollowButton(int number) {
        return "❌ " + number;
    }

    @Override
    public String unfollowed(String topic) {
        return "Stopped following \"" + topic + "\".";
    }

    @Override
    public String noSuchTopic(String which) {
        return "You follow no topic named or numbered \"" + which + "\".";
    }

    @Override
    public String followThisTopic() {
        return "🔔 Follow this topic";
    }

    @Override
    public String settingsBreaking(boolean on) {
        return "Breaking news: " + (on ? "subscribed" : "not subscribed");
    }

    @Override
    public String settingsTopics(int count) {
        return "Topics you follow: " + count + (count > 0 ? " (/following)" : "");
    }

    @Override
    public String settingsDelivery(Delivery delivery, int digestHour) {
        return "Alerts: " + (delivery == Delivery.DIGEST ? "a daily digest at " + hour(digestHour) : "instant");
    }

    @Override
    public String settingsQuiet(Optional<QuietHours> quiet) {
        return "Quiet hours: " + quiet.map(q -> q.from() + " to " + q.to() + " ("
                + (q.mode() == QuietHours.Mode.DEFER ? "alerts wait until they end" : "alerts arrive silently") + ")")
                .orElse("none");
    }

    @Override
    public String settingsZone(String zoneName) {
        return "Time zone: " + zoneName;
    }

    @Override
    public String breakingButton(boolean on) {
        return on ? "🔕 Stop breaking news" : "🔔 Subscribe to breaking news";
    }

    @Override
    public String instantButton() {
        return "⚡ Instant";
    }

    @Override
    public String digestButton() {
        return "🗞 Daily digest";
    }

    @Override
    public String hourButton(int hour) {
        return "⏰ " + hour(hour);
    }

    @Override
    public String quietOffButton() {
        return "No quiet hours";
    }

    @Override
    public String quietButton(int from, int to) {
        return "🌙 " + hour(from) + "–" + hour(to);
    }

    @Override
    public String silentButton() {
        return "🔕 Silently";
    }

    @Override
    public String deferButton() {
        return "⏳ After they end";
    }

    @Override
    public String zoneButton(String zoneName) {
        return "🌍 " + zoneName;
    }

    @Override
    public String zoneName(ZoneId zone) {
        return ZONES.getOrDefault(zone.getId(), zone.getId());
    }

    @Override
    public String chooseZone() {
        return "Choose your time zone:";
    }

    @Override
    public String back() {
        return "↩️ Back";
    }

    @Override
    public String saved() {
        return "Saved.";
    }

    private static String hour(int h) {
        return String.format(java.util.Locale.ROOT, "%02d:00", h);
    }
}
