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

/** The newsroom's words in Arabic (Modern Standard, short). */
final class ArabicAdminTexts implements AdminTexts {
    static final ArabicAdminTexts INSTANCE = new ArabicAdminTexts();

    private ArabicAdminTexts() {
    }

    @Override
    public String refused() {
        return "عذرًا، هذا الأمر لمشرفي غرفة الأخبار فقط.";
    }

    @Override
    public String commandsTitle() {
        return "أوامر غرفة الأخبار:";
    }

    @Override
    public List<String> commands() {
        return List.of("/announce النص — إعلان لكل المحادثات؛ ضع lang:ar أو topic:كلمة قبل النص لتحديد من يصله،"
                        + " وترى معاينة أولًا",
                "/stats — القرّاء والأسئلة والاشتراكات والرسائل",
                "/feeds — المصادر وحالتها؛ /feeds add رابط [دقائق]، /feeds remove رابط|رقم",
                "/breaking رابط — وسم خبر مخزَّن بأنه عاجل");
    }

    @Override
    public String announceUsage() {
        return "اكتب الإعلان بعد الأمر: /announce النص. ولتحديد من يصله: /announce lang:ar النص (المحادثات التي"
                + " اختارت العربية) أو /announce topic:كلمة النص (متابعو موضوع؛ _ مكان المسافة).";
    }

    @Override
    public String announceTooLong(int max) {
        return "الإعلان رسالة واحدة، وأقصى طوله " + Format.number(max) + " حرف.";
    }

    @Override
    public String unknownSegment() {
        return "أعرف هذه الفئات: lang:ar وlang:en وtopic:كلمة.";
    }

    @Override
    public String noTopics() {
        return "الإعلان لمتابعي موضوع غير متاح بعد.";
    }

    @Override
    public String previewTitle(Segment segment, long chats) {
        return "معاينة — إلى " + whom(segment) + "، وعددها الآن " + Format.number(chats) + ":";
    }

    private static String whom(Segment segment) {
        return switch (segment) {
            case Segment.Everyone e -> "كل المحادثات";
            case Segment.Readers r -> "المحادثات التي اختارت " + (r.language() == Language.ENGLISH ? "الإنجليزية"
                    : "العربية");
            case Segment.Followers f -> "متابعي «" + f.topic() + "»";
        };
    }

    @Override
    public String send() {
        return "إرسال";
    }

    @Override
    public String cancel() {
        return "إلغاء";
    }

    @Override
    public String broadcastTitle(Broadcast b) {
        String n = "#" + b.id();
        return switch (b.phase()) {
            case DRAFT -> "الإعلان " + n + " لم يُرسل بعد.";
            case SENDING -> "📣 الإعلان " + n + " في طريقه إلى " + whom(b.segment()) + " (عددها "
                    + Format.number(b.reach()) + ").";
            case DONE -> "✅ انتهى إرسال الإعلان " + n + " (عدد المحادثات: " + Format.number(b.reach()) + ").";
            case STOPPED -> "⏹ أُوقف الإعلان " + n + ".";
            case CANCELLED -> "أُلغي الإعلان " + n + " ولم يُرسل منه شيء.";
        };
    }

    @Override
    public String deliveries(Deliveries d) {
        return "أُرسل " + Format.number(d.sent()) + " · فشل " + Format.number(d.failed()) + " · في الانتظار "
                + Format.number(d.pending()) + " · أُلغي " + Format.number(d.cancelled());
    }

    @Override
    public String sending() {
        return "جارٍ الإرسال.";
    }

    @Override
    public String alreadySent() {
        return "أُرسل هذا الإعلان من قبل.";
    }

    @Override
    public String cancelled() {
        return "أُلغي.";
    }

    @Override
    public String stopped() {
        return "أُوقف: ما لم يُرسل بعد لن يُرسل.";
    }

    @Override
    public String alreadyOver() {
        return "انتهى هذا الإعلان من قبل.";
    }

    @Override
    public String unknownAnnouncement() {
        return "لم أجد هذا الإعلان.";
    }

    @Override
    public String statsTitle() {
        return "📊 إحصاءات غرفة الأخبار";
    }

    @Override
    public List<String> stats(Stats s) {
        List<String> lines = new ArrayList<>();
        lines.add("القرّاء: " + Format.number(s.readers()) + " · المحادثات النشطة: " + Format.number(s.activeChats())
                + " (منها مجموعات وقنوات: " + Format.number(s.groups()) + ")");
        lines.add(s.subscriptions().map(ArabicAdminTexts::subscriptions).orElse("الاشتراكات: غير متصلة بعد"));
        lines.add("الأسئلة اليوم: " + Format.number(s.questionsToday()) + " · آخر " + s.days() + " أيام: "
                + Format.number(s.questions()) + " (" + Format.number(Math.round((double) s.questions() / s.days()))
                + " في اليوم) · بلا إجابة: " + s.unansweredPercent() + "%");
        lines.add("الأكثر سؤالًا: " + (s.top().isEmpty() ? "لا شيء بعد" : s.top().stream()
                .map(a -> "«" + Format.shortened(a.question()) + "» ×" + a.times()).collect(Collectors.joining(" · "))));
        lines.add("الرسائل: أُرسل " + Format.number(s.deliveries().sent()) + " · فشل "
                + Format.number(s.deliveries().failed()) + " · في الانتظار " + Format.number(s.deliveries().pending()));
        return lines;
    }

    private static String subscriptions(SubscriptionCounts.Counts c) {
        return "الاشتراكات: محادثات مشتركة " + Format.number(c.chats()) + " · متابعات " + Format.number(c.follows())
                + " · موضوعات " + Format.number(c.topics()) + (c.top().isEmpty() ? "" : "؛ الأكثر متابعة: "
                + c.top().stream().limit(3).map(t -> t.topic() + " (" + t.followers() + ")")
                .collect(Collectors.joining("، ")));
    }

    @Override
    public String feedsUsage() {
        return "/feeds list · /feeds add رابط [دقائق] · /feeds remove رابط|رقم";
    }

    @Override
    public String feedsTitle() {
        return "المصادر:";
    }

    @Override
    public String noFeeds() {
        return "لا توجد مصادر تُسحب.";
    }

    @Override
    public String feed(int number, FeedDesk.Feed feed) {
        String health = switch (feed.health()) {
            case OK -> "سليم";
            case FAILING -> "متعثر (" + feed.failures() + ")" + feed.lastError().map(e -> ": " + e).orElse("");
            case DISABLED -> "معطَّل" + feed.lastError().map(e -> ": " + e).orElse("");
        };
        return number + ". " + feed.url() + " — " + every(feed.every().toMinutes()) + " — " + health;
    }

    @Override
    public String feedAdded(FeedDesk.Feed feed) {
        return "أُضيف: " + feed.url() + "، ويُسحب " + every(feed.every().toMinutes()) + ".";
    }

    /** "كل دقيقة", "كل دقيقتين", "كل 5 دقائق", "كل 15 دقيقة": the counted noun agrees with its number. */
    private static String every(long minutes) {
        if (minutes == 1) return "كل دقيقة";
        if (minutes == 2) return "كل دقيقتين";
        return "كل " + Format.number(minutes) + (minutes <= 10 ? " دقائق" : " دقيقة");
    }

    @Override
    public String feedRemoved(String url) {
        return "حُذف: " + url;
    }

    @Override
    public String unknownFeed() {
        return "لا يوجد مصدر بهذا الرابط أو الرقم. /feeds list يعرضها بأرقامها.";
    }

    @Override
    public String notAUrl() {
        return "هذا ليس رابط ويب (http أو https).";
    }

    @Override
    public String badMinutes() {
        return "الدقائق عدد صحيح من 1 إلى 1440.";
    }

    @Override
    public String feedsUnavailable() {
        return "إدارة المصادر غير متاحة بعد.";
    }

    @Override
    public String feedRefused(String reason) {
        return "لم يُضف المصدر: " + reason;
    }

    @Override
    public String markedBreaking(String title) {
        return "🔴 وُسم بأنه عاجل: " + title;
    }

    @Override
    public String alreadyBreaking(String title) {
        return "هذا الخبر عاجل من قبل: " + title;
    }

    @Override
    public String noArticleAt(String url) {
        return "لا يوجد خبر مخزَّن بهذا الرابط: " + url;
    }
}
