package com.nabaa.conversation;

import com.nabaa.push.Delivery;
import com.nabaa.push.QuietHours;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Subscriptions and alert settings in Arabic. */
final class ArabicAlertTexts implements AlertTexts {
    static final ArabicAlertTexts INSTANCE = new ArabicAlertTexts();

    private static final Map<String, String> ZONES = Map.of("Africa/Cairo", "القاهرة", "Asia/Riyadh", "الرياض",
            "Asia/Dubai", "دبي", "Asia/Beirut", "بيروت", "Africa/Casablanca", "الدار البيضاء", "Europe/London", "لندن");

    private ArabicAlertTexts() {
    }

    @Override
    public List<String> helpTips() {
        return List.of("• /subscribe يرسل لك الأخبار العاجلة فور نشرها، و/unsubscribe يوقفها.",
                "• /follow الانتخابات يرسل لك كل خبر جديد عن موضوع. استبعد كلمة بعلامة ناقص: /follow الانتخابات -مصر،"
                        + " وحدّد قسمًا أو مصدرًا: /follow الدوري قسم:رياضة أو /follow النفط مصدر:skynews",
                "• /following موضوعاتك، و/unfollow 2 يلغي متابعة الموضوع الثاني.",
                "• /settings للتنبيهات الفورية أو ملخص يومي، وساعات الهدوء، والمنطقة الزمنية.");
    }

    @Override
    public String adminsOnly() {
        return "في المجموعات يغيّر الاشتراكات مشرفو المجموعة فقط.";
    }

    @Override
    public String subscribed(boolean already) {
        return already ? "أنت مشترك في الأخبار العاجلة بالفعل." : "✅ اشتركت في الأخبار العاجلة، وستصلك فور نشرها.";
    }

    @Override
    public String unsubscribed(boolean wasSubscribed) {
        return wasSubscribed ? "أوقفت الأخبار العاجلة." : "لست مشتركًا في الأخبار العاجلة.";
    }

    @Override
    public String unfollowAllButton(int topics) {
        return "🗑 إلغاء متابعة كل الموضوعات (" + topics + ")";
    }

    @Override
    public String unsubscribedAll(int topics) {
        return "أوقفت كل الاشتراكات: الأخبار العاجلة و" + topics + " من الموضوعات.";
    }

    @Override
    public String followHowTo() {
        return "اكتب الموضوع بعد الأمر، مثل: /follow سد النهضة\n"
                + "ولاستبعاد كلمة: /follow الانتخابات -مصر\nولقسم أو مصدر: /follow الدوري قسم:رياضة";
    }

    @Override
    public String followed(String topic) {
        return "🔔 تتابع الآن «" + topic + "»، وسيصلك كل خبر جديد عنه.";
    }

    @Override
    public String alreadyFollowing(String topic) {
        return "أنت تتابع «" + topic + "» بالفعل.";
    }

    @Override
    public String tooManyTopics(int max) {
        return "تتابع " + max + " موضوعًا، وهو الحد الأقصى. ألغِ متابعة أحدها أولًا: /following";
    }

    @Override
    public String topicTooLong() {
        return "الموضوع طويل. اكتبه في كلمات قليلة من فضلك.";
    }

    @Override
    public String topicNoWords() {
        return "لم أجد في الموضوع كلمات أتابعها. اكتب كلمات الخبر نفسه، مثل: /follow سد النهضة";
    }

    @Override
    public String topicsTitle() {
        return "الموضوعات التي تتابعها:";
    }

    @Override
    public String noTopics() {
        return "لا تتابع أي موضوع بعد. مثال: /follow سد النهضة";
    }

    @Override
    public String unfollowButton(int number) {
        return "❌ " + number;
    }

    @Override
    public String unfollowed(String topic) {
        return "ألغيت متابعة «" + topic + "».";
    }

    @Override
    public String noSuchTopic(String which) {
        return "لا تتابع موضوعًا باسم أو رقم «" + which + "».";
    }

    @Override
    public String followThisTopic() {
        return "🔔 تابع هذا الموضوع";
    }

    @Override
    public String settingsBreaking(boolean on) {
        return "الأخبار العاجلة: " + (on ? "مشترك" : "غير مشترك");
    }

    @Override
    public String settingsTopics(int count) {
        return "الموضوعات التي تتابعها: " + count + (count > 0 ? " (/following)" : "");
    }

    @Override
    public String settingsDelivery(Delivery delivery, int digestHour) {
        return "التنبيهات: " + (delivery == Delivery.DIGEST ? "ملخص يومي الساعة " + hour(digestHour) : "فورية");
    }

    @Override
    public String settingsQuiet(Optional<QuietHours> quiet) {
        return "ساعات الهدوء: " + quiet.map(q -> "من " + q.from() + " إلى " + q.to() + " ("
                + (q.mode() == QuietHours.Mode.DEFER ? "تؤجَّل التنبيهات حتى نهايتها" : "تصل التنبيهات بلا صوت") + ")")
                .orElse("لا توجد");
    }

    @Override
    public String settingsZone(String zoneName) {
        return "المنطقة الزمنية: " + zoneName;
    }

    @Override
    public String breakingButton(boolean on) {
        return on ? "🔕 إيقاف العاجل" : "🔔 الاشتراك في العاجل";
    }

    @Override
    public String instantButton() {
        return "⚡ فورية";
    }

    @Override
    public String digestButton() {
        return "🗞 ملخص يومي";
    }

    @Override
    public String hourButton(int hour) {
        return "⏰ " + hour(hour);
    }

    @Override
    public String quietOffButton() {
        return "بلا ساعات هدوء";
    }

    @Override
    public String quietButton(int from, int to) {
        return "🌙 " + hour(from) + "–" + hour(to);
    }

    @Override
    public String silentButton() {
        return "🔕 بلا صوت";
    }

    @Override
    public String deferButton() {
        return "⏳ بعد انتهائها";
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
        return "اختر منطقتك الزمنية:";
    }

    @Override
    public String back() {
        return "↩️ رجوع";
    }

    @Override
    public String saved() {
        return "تم الحفظ.";
    }

    private static String hour(int h) {
        return String.format(java.util.Locale.ROOT, "%02d:00", h);
    }
}
