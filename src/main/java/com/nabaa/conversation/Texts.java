package com.nabaa.conversation;

import com.nabaa.news.Language;
import java.util.List;
import java.util.Optional;

/**
 * Every word the bot says of its own, outside the answers (which {@link com.nabaa.answer.Wording}
 * words): one implementation per language, {@link ArabicTexts} and {@link EnglishTexts}, so that a
 * text missing in one language does not compile.
 */
interface Texts {
    static Texts of(Language language) {
        return language == Language.ENGLISH ? EnglishTexts.INSTANCE : ArabicTexts.INSTANCE;
    }

    Language language();

    /** What a command does, for the menu and /help. */
    String commandDescription(String command);

    String greeting();

    /** What the bot is, in one sentence. */
    String whatICanDo();

    /** One line per thing the reader can do; {@code bot}: the bot's username, when known, for inline mode. */
    List<String> capabilities(Optional<String> bot);

    String examplesTitle();

    /** A question about the newest stories on a topic, as a reader of this language would ask it. */
    String exampleAbout(String topic);

    /** Examples for an index that gave none that answers. */
    List<String> fallbackExamples();

    String helpTitle();

    /** How to follow up: replying to an answer, "more", the buttons. */
    List<String> helpTips();

    String unknownCommand(String command);

    String availableCommands();

    String searchNeedsWords();

    String chooseLanguage();

    String languageName(Language language);

    /** Said in the language just chosen. */
    String languageChosen();

    String settingsTitle();

    String settingsLanguage(String name, boolean chosenHere);


    String noWords();

    String tooLong();

    String whatDoYouMean();

    String floodWait();

    String unknownSection(String name);

    String sectionsTitle();

    String sectionName(String category);

    String noBreaking();

    String noNews();

    String badDeepLink();

    String more();

    String summary(int story);

    String timeline(int story);

    String storyTimeline();

    String helpful();

    String notHelpful();

    String share();

    String thanks();

    String stale();

    String forged();

    String noMore();

    String storyGone();

    String failed();

    /** The header of an alert on a followed topic: "🔔 الانتخابات". */
    String alertOn(String topic);

    /** The header of a breaking-news alert. */
    String breakingAlert();

    /** The header of a daily digest. */
    String digestTitle(java.time.LocalDate day);

    /** The header of an announcement from the newsroom. */
    String announcementTitle();

    /** "Also reported by" before outlet names. */
    String alsoReportedBy();
}
