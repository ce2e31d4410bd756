package com.nabaa.conversation;

import com.nabaa.news.Language;
import com.nabaa.store.ChatStore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** /lang: "/lang en" or "/lang ar" chooses the chat's language; without one, buttons offer both. */
final class LangCommand implements CommandHandler {
    private static final Map<String, Language> NAMES = Map.ofEntries(
            Map.entry("ar", Language.ARABIC), Map.entry("arabic", Language.ARABIC), Map.entry("عربي", Language.ARABIC),
            Map.entry("عربى", Language.ARABIC), Map.entry("العربية", Language.ARABIC),
            Map.entry("العربيه", Language.ARABIC), Map.entry("en", Language.ENGLISH),
            Map.entry("english", Language.ENGLISH), Map.entry("انجليزي", Language.ENGLISH),
            Map.entry("إنجليزي", Language.ENGLISH), Map.entry("الإنجليزية", Language.ENGLISH),
            Map.entry("الانجليزية", Language.ENGLISH), Map.entry("انجليزى", Language.ENGLISH));

    private final ChatStore chats;

    LangCommand(ChatStore chats) {
        this.chats = chats;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        Optional<Language> chosen = Optional.ofNullable(NAMES.get(argument.toLowerCase(Locale.ROOT)));
        if (chosen.isEmpty()) {
            return List.of(new Outgoing.Send(turn.chat().id(), Rich.plain(turn.texts().chooseLanguage()),
                    languageButtons(), false, Optional.empty(), Optional.empty()));
        }
        chats.chooseLanguage(turn.chat().id(), chosen.get());
        return List.of(Replies.plain(turn, Texts.of(chosen.get()).languageChosen()));
    }

    /** Each language named in itself, so a reader who cannot read the other finds theirs. */
    static List<List<Button>> languageButtons() {
        return List.of(List.of(
                Button.press(Texts.of(Language.ARABIC).languageName(Language.ARABIC),
                        new ButtonData.ChooseLanguage(Language.ARABIC).encode()),
                Button.press(Texts.of(Language.ENGLISH).languageName(Language.ENGLISH),
                        new ButtonData.ChooseLanguage(Language.ENGLISH).encode())));
    }
}
