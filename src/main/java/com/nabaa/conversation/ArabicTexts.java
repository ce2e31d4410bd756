package com.nabaa.conversation;

import com.nabaa.news.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bot's own words in Arabic: the bot's voice is Modern Standard Arabic, short and polite. */
final class ArabicTexts implements Texts {
    static final ArabicTexts INSTANCE = new ArabicTexts();

    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry(Commands.START, "البداية والتعريف بالبوت"),
            Map.entry(Commands.HELP, "المساعدة وطريقة الاستخدام"),
            Map.entry(Commands.LANG, "اختيار اللغة: العربية أو الإنجليزية"),
            Map.entry(Commands.LATEST, "أحدث الأخبار، ويمكن تحديد قسم: /latest رياضة"),
            Map.entry(Commands.BREAKING, "آخر الأخبار العاجلة"),
            Map.entry(Commands.SEARCH, "البحث بكلمات، الأحدث أولًا: /search سد النهضة"),
            Map.entry(Commands.SUBSCRIBE, "الاشتراك في الأخبار العاجلة"),
            Map.entry(Commands.UNSUBSCRIBE, "إيقاف الأخبار العاجلة أو كل الاشتراكات"),
            Map.entry(Commands.FOLLOW, "متابعة موضوع: /follow سد النهضة"),
            Map.entry(Commands.FOLLOWING, "الموضوعات التي تتابعها"),
            Map.entry(Commands.UNFOLLOW, "إلغاء متابعة موضوع: /unfollow 1"),
            Map.entry(Commands.SETTINGS, "إعداداتك: اللغة والتنبيهات وساعات الهدوء"));
    private static final Map<String, String> SECTIONS = Map.of(
            "sport", "الرياضة", "economy", "الاقتصاد", "technology", "التكنولوجيا", "culture", "الثقافة والفن",
            "middleEast", "الشرق الأوسط", "internationalNews", "العالم");

    private ArabicTexts() {
    }

    @Override
    public Language language() {
        return Language.ARABIC;
    }

    @Override
    public String commandDescription(String command) {
        return COMMANDS.getOrDefault(command, command);
    }

    @Override
    public String greeting() {
        return "أهلًا بك في نبأ 👋";
    }

    @Override
    public String whatICanDo() {
        return "أجيبك عن أسئلتك في الأخبار: العنوان والتاريخ والمصدر وملخص قصير ورابط الخبر.";
    }

    @Override
    public List<String> capabilities(Optional<String> bot) {
        return List.of("• اسألني بالعربية أو بالإنجليزية، بكلماتك وبلهجتك.",
                "• /latest أحدث الأخبار، و/latest رياضة لأحدث أخبار قسم.",
                "• /breaking الأخبار العاجلة، و/search للبحث بكلمات.",
                "• ردّ على أي إجابة لتسأل عن الخبر نفسه، أو اكتب «وبعدين؟».",
                bot.map(b -> "• اكتب @" + b + " وكلمات البحث في أي محادثة لتشارك خبرًا.")
                        .orElse("• اكتب اسم البوت وكلمات البحث في أي محادثة لتشارك خبرًا."));
    }

    @Override
    public String examplesTitle() {
        return "جرّب مثلًا:";
    }

    @Override
    public String exampleAbout(String topic) {
        return "ايه آخر أخبار " + topic + "؟";
    }

    @Override
    public List<String> fallbackExamples() {
        return List.of("ايه آخر الأخبار؟", "أخبار الرياضة", "ايه أخبار الاقتصاد؟");
    }

    @Override
    public String helpTitle() {
        return "كيف تستخدم نبأ:";
    }

    @Override
    public List<String> helpTips() {
        return List.of("• اكتب سؤالك كما تقوله، مثل: ايه اللي حصل في ميناء دمياط؟",
                "• اكتب «المزيد» أو اضغط زر المزيد لترى أخبارًا أخرى.",
                "• زر الملخص يعرض الخبر كاملًا مع مصادره، وزر التسلسل يعرض تطوراته بالترتيب.",
                "• 👍 و👎 يساعداننا على تحسين الإجابات.");
    }

    @Override
    public String unknownCommand(String command) {
        return "لا أعرف الأمر /" + command + ".";
    }

    @Override
    public String availableCommands() {
        return "الأوامر المتاحة:";
    }

    @Override
    public String searchNeedsWords() {
        return "اكتب كلمات البحث بعد الأمر، مثل: /search سد النهضة";
    }

    @Override
    public String chooseLanguage() {
        return "اختر لغة البوت:";
    }

    @Override
    public String languageName(Language language) {
        return language == Language.ENGLISH ? "الإنجليزية" : "العربية";
    }

    @Override
    public String languageChosen() {
        return "تمام، سأتحدث معك بالعربية.";
    }

    @Override
    public String settingsTitle() {
        return "إعداداتك";
    }

    @Override
    public String settingsLanguage(String name, boolean chosenHere) {
        return "اللغة: " + name + (chosenHere ? " (اخترتها)" : " (من إعدادات تطبيقك)");
    }


    @Override
    public String noWords() {
        return "لم أجد في رسالتك كلمات أبحث بها. اكتب سؤالك بالكلمات من فضلك.";
    }

    @Override
    public String tooLong() {
        return "رسالتك طويلة، فبحثت بأولها.";
    }

    @Override
    public String whatDoYouMean() {
        return "عن أي خبر تسأل؟ اكتب سؤالك كاملًا من فضلك، أو ردّ على إجابة سابقة لتسأل عنها.";
    }

    @Override
    public String floodWait() {
        return "لحظة من فضلك، وصلتني رسائل كثيرة في وقت قصير. أرسل سؤالك بعد دقيقة.";
    }

    @Override
    public String unknownSection(String name) {
        return "لا أعرف قسمًا باسم «" + name + "».";
    }

    @Override
    public String sectionsTitle() {
        return "الأقسام: ";
    }

    @Override
    public String sectionName(String category) {
        return SECTIONS.getOrDefault(category, category);
    }

    @Override
    public String noBreaking() {
        return "لا توجد أخبار عاجلة الآن. أحدث الأخبار في /latest";
    }

    @Override
    public String noNews() {
        return "لا توجد أخبار هنا بعد.";
    }

    @Override
    public String badDeepLink() {
        return "عذرًا، لم أجد الخبر الذي يشير إليه هذا الرابط.";
    }

    @Override
    public String more() {
        return "المزيد ⬅️";
    }

    @Override
    public String summary(int story) {
        return "📄 ملخص " + story;
    }

    @Override
    public String timeline(int story) {
        return "🕒 تسلسل " + story;
    }

    @Override
    public String storyTimeline() {
        return "🕒 تسلسل الأحداث";
    }

    @Override
    public String helpful() {
        return "👍 مفيد";
    }

    @Override
    public String notHelpful() {
        return "👎 غير مفيد";
    }

    @Override
    public String share() {
        return "🔗 مشاركة";
    }

    @Override
    public String thanks() {
        return "شكرًا على رأيك!";
    }

    @Override
    public String stale() {
        return "هذه الرسالة قديمة، اسألني من جديد من فضلك.";
    }

    @Override
    public String forged() {
        return "لا أستطيع تنفيذ هذا الزر.";
    }

    @Override
    public String noMore() {
        return "لا مزيد من الأخبار.";
    }

    @Override
    public String storyGone() {
        return "لم يعد هذا الخبر متاحًا.";
    }

    @Override
    public String failed() {
        return "حدث خطأ، حاول مرة أخرى بعد قليل.";
    }

    @Override
    public String alertOn(String topic) {
        return "🔔 " + topic;
    }

    @Override
    public String breakingAlert() {
        return "🔴 عاجل";
    }

    @Override
    public String digestTitle(java.time.LocalDate day) {
        return "🗞 ملخص أخبار " + day;
    }

    @Override
    public String announcementTitle() {
        return "📣 من فريق التحرير";
    }

    @Override
    public String alsoReportedBy() {
        return "نشره أيضًا: ";
    }
}
