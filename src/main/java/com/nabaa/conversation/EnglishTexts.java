package com.nabaa.conversation;

import com.nabaa.news.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bot's own words in English. */
final class EnglishTexts implements Texts {
    static final EnglishTexts INSTANCE = new EnglishTexts();

    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry(Commands.START, "Start and what the bot does"),
            Map.entry(Commands.HELP, "Help and how to use the bot"),
            Map.entry(Commands.LANG, "Choose the language: Arabic or English"),
            Map.entry(Commands.LATEST, "The latest news, or of a section: /latest sport"),
            Map.entry(Commands.BREAKING, "The latest breaking news"),
            Map.entry(Commands.SEARCH, "Search by words, newest first: /search Nile dam"),
            Map.entry(Commands.SUBSCRIBE, "Get breaking news as it breaks"),
            Map.entry(Commands.UNSUBSCRIBE, "Stop breaking news, or every subscription"),
            Map.entry(Commands.FOLLOW, "Follow a topic: /follow Nile dam"),
            Map.entry(Commands.FOLLOWING, "The topics you follow"),
            Map.entry(Commands.UNFOLLOW, "Stop following a topic: /unfollow 1"),
            Map.entry(Commands.SETTINGS, "Your settings: language, alerts, quiet hours"));
    private static final Map<String, String> SECTIONS = Map.of(
            "sport", "sport", "economy", "economy", "technology", "technology", "culture", "culture and arts",
            "middleEast", "Middle East", "internationalNews", "world");

    private EnglishTexts() {
    }

    @Override
    public Language language() {
        return Language.ENGLISH;
    }

    @Override
    public String commandDescription(String command) {
        return COMMANDS.getOrDefault(command, command);
    }

    @Override
    public String greeting() {
        return "Welcome to Nabaa 👋";
    }

    @Override
    public String whatICanDo() {
        return "I answer your questions about the news: headline, date, source, a short summary and the link.";
    }

    @Override
    public List<String> capabilities(Optional<String> bot) {
        return List.of("• Ask in English or Arabic, in your own words.",
                "• /latest for the newest stories, /latest sport for a section.",
                "• /breaking for breaking news, /search to search by words.",
                "• Reply to an answer to ask about that story, or just write \"what next?\".",
                bot.map(b -> "• Type @" + b + " and words in any chat to share a story.")
                        .orElse("• Type the bot's name and words in any chat to share a story."));
    }

    @Override
    public String examplesTitle() {
        return "Try for example (I reply in the language you ask in):";
    }

    @Override
    public String exampleAbout(String topic) {
        return "What's the latest on " + topic + "?";
    }

    @Override
    public List<String> fallbackExamples() {
        return List.of("What's the latest news?", "sports news", "ايه آخر الأخبار؟");
    }

    @Override
    public String helpTitle() {
        return "How to use Nabaa:";
    }

    @Override
    public List<String> helpTips() {
        return List.of("• Write your question as you would say it.",
                "• Write \"more\" or press More to see further stories.",
                "• Summary shows a story in full with its sources; Timeline shows its reports in order.",
                "• 👍 and 👎 help us improve the answers.");
    }

    @Override
    public String unknownCommand(String command) {
        return "I don't know the command /" + command + ".";
    }

    @Override
    public String availableCommands() {
        return "The commands:";
    }

    @Override
    public String searchNeedsWords() {
        return "Please write the words to search for after the command, e.g. /search Nile dam";
    }

    @Override
    public String chooseLanguage() {
        return "Choose the bot's language:";
    }

    @Override
    public String languageName(Language language) {
        return language == Language.ENGLISH ? "English" : "Arabic";
    }

    @Override
    public String languageChosen() {
        return "Done, I'll speak English with you.";
    }

    @Override
    public String settingsTitle() {
        return "Your settings";
    }

    @Override
    public String settingsLanguage(String name, boolean chosenHere) {
        return "Language: " + name + (chosenHere ? " (your choice)" : " (from your app's settings)");
    }


    @Override
    public String noWords() {
        return "I found no words to search for in your message. Please write your question in words.";
    }

    @Override
    public String tooLong() {
        return "Your message is long, so I searched with its beginning.";
    }

    @Override
    public String whatDoYouMean() {
        return "Which story do you mean? Please write your full question, or reply to one of my answers.";
    }

    @Override
    public String floodWait() {
        return "One moment please: many messages arrived at once. Send your question again in a minute.";
    }

    @Override
    public String unknownSection(String name) {
        return "I don't know a section called \"" + name + "\".";
    }

    @Override
    public String sectionsTitle() {
        return "Sections: ";
    }

    @Override
    public String sectionName(String category) {
        return SECTIONS.getOrDefault(category, category);
    }

    @Override
    public String noBreaking() {
        return "No breaking news right now. The latest stories: /latest";
    }

    @Override
    public String noNews() {
        return "No stories here yet.";
    }

    @Override
    public String badDeepLink() {
        return "Sorry, I could not find the story this link points to.";
    }

    @Override
    public String more() {
        return "More ➡️";
    }

    @Override
    public String summary(int story) {
        return "📄 Summary " + story;
    }

    @Override
    public String timeline(int story) {
        return "🕒 Timeline " + story;
    }

    @Override
    public String storyTimeline() {
        return "🕒 Timeline";
    }

    @Override
    public String helpful() {
        return "👍 Helpful";
    }

    @Override
    public String notHelpful() {
        return "👎 Not helpful";
    }

    @Override
    public String share() {
        return "🔗 Share";
    }

    @Override
    public String thanks() {
        return "Thanks for your feedback!";
    }

    @Override
    public String stale() {
        return "This message is old; please ask me again.";
    }

    @Override
    public String forged() {
        return "I can't do what this button asks.";
    }

    @Override
    public String noMore() {
        return "No more stories.";
    }

    @Override
    public String storyGone() {
        return "This story is no longer available.";
    }

    @Override
    public String failed() {
        return "Something went wrong; please try again shortly.";
    }

    @Override
    public String alertOn(String topic) {
        return "🔔 " + topic;
    }

    @Override
    public String breakingAlert() {
        return "🔴 Breaking";
    }

    @Override
    public String digestTitle(java.time.LocalDate day) {
        return "🗞 News digest, " + day;
    }

    @Override
    public String announcementTitle() {
        return "📣 From the newsroom";
    }

    @Override
    public String alsoReportedBy() {
        return "Also reported by: ";
    }
}
