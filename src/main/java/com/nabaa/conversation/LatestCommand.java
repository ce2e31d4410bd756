package com.nabaa.conversation;

import com.nabaa.news.Language;
import com.nabaa.question.QuestionParser;
import java.util.List;
import java.util.Optional;

/**
 * /latest: the newest stories; "/latest رياضة" or "/latest sport" those of a section (the sections
 * the question parser knows). A name that is no section gets the list of sections.
 */
final class LatestCommand implements CommandHandler {
    private final FirstPage lists;

    LatestCommand(FirstPage lists) {
        this.lists = lists;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        if (argument.isEmpty()) return List.of(lists.show(turn, PageKind.LATEST, ""));
        Optional<String> section = QuestionParser.section(argument);
        if (section.isPresent()) return List.of(lists.show(turn, PageKind.LATEST, section.get()));
        Texts t = turn.texts();
        String names = String.join(t.language() == Language.ENGLISH ? ", " : "، ",
                QuestionParser.sections().stream().map(t::sectionName).toList());
        return List.of(Replies.plain(turn, t.unknownSection(argument) + "\n" + t.sectionsTitle() + names));
    }
}
