package com.nabaa.conversation;

import com.nabaa.news.Language;
import com.nabaa.push.Delivery;
import com.nabaa.push.QuietHours;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The bot's words about subscriptions, topics and alert settings, one implementation per language
 * ({@link ArabicAlertTexts}, {@link EnglishAlertTexts}), kept apart from {@link Texts} so that
 * neither grows past a readable size.
 */
interface AlertTexts {
    static AlertTexts of(Language language) {
        return language == Language.ENGLISH ? EnglishAlertTexts.INSTANCE : ArabicAlertTexts.INSTANCE;
    }

    /** How to subscribe and follow, for /help. */
    List<String> helpTips();

    String adminsOnly();

    String subscribed(boolean already);

    String unsubscribed(boolean wasSubscribed);

    String unfollowAllButton(int topics);

    String unsubscribedAll(int topics);

    String followHowTo();

    String followed(String topic);

    String alreadyFollowing(String topic);

    String tooManyTopics(int max);

    String topicTooLong();

    String topicNoWords();

    String topicsTitle();

    String noTopics();

    String unfollowButton(int number);

    String unfollowed(String topic);

    String noSuchTopic(String which);

    String followThisTopic();

    String settingsBreaking(boolean on);

    String settingsTopics(int count);

    String settingsDelivery(Delivery delivery, int digestHour);

    String settingsQuiet(Optional<QuietHours> quiet);

    String settingsZone(String zoneName);

    String breakingButton(boolean on);

    String instantButton();

    String digestButton();

    String hourButton(int hour);

    String quietOffButton();

    String quietButton(int from, int to);

    String silentButton();

    String deferButton();

    String zoneButton(String zoneName);

    String zoneName(ZoneId zone);

    String chooseZone();

    String back();

    String saved();
}
