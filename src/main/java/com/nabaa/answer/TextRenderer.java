package com.nabaa.answer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders an answer as plain text for the command line: in the answer's language, with the words
 * of {@link Wording} (which the Telegram bot uses too), dates in the readers' time zone.
 */
public final class TextRenderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    public TextRenderer(ZoneId zone) {
        this.zone = zone;
    }

    public String render(Answer answer) {
        Wording say = Wording.of(answer.language());
        StringBuilder out = new StringBuilder();
        if (answer.kind() == Answer.Kind.NEEDS_TOPIC) return say.askWithTopic() + "\n";
        // An English question read in Arabic news says so first; the stories are the articles' Arabic.
        answer.translation().filter(t -> answer.offset() == 0)
                .ifPresent(t -> out.append(say.readInArabic(t)).append(answer.noAnswer() ? "\n" : "\n\n"));
        if (answer.noAnswer()) {
            out.append(say.nothingFound()).append('\n');
            if (!answer.missing().isEmpty()) out.append(say.newsDoesNotMention(answer.missing())).append('\n');
            answer.suggestion().ifPresent(s -> out.append(say.didYouMean(s)).append('\n'));
            answer.translation().filter(t -> !t.complete()).ifPresent(t -> out.append(say.askInArabic(t)).append('\n'));
            if (!answer.related().isEmpty()) {
                out.append('\n').append(say.relatedHeadlines()).append('\n');
                for (SourceLink link : answer.related()) {
                    out.append(" - ").append(link.headline()).append(" (").append(when(link.published(), answer, say))
                            .append(" · ").append(link.source()).append(")\n   ").append(link.url()).append('\n');
                }
            }
            return out.toString();
        }
        if (answer.stories().isEmpty()) return say.noMoreStories() + "\n";
        answer.suggestion().ifPresent(s -> out.append(say.didYouMean(s)).append("\n\n"));
        if (answer.kind() == Answer.Kind.UNDATED) out.append(say.undated()).append("\n\n");
        if (answer.kind() == Answer.Kind.OLDER) out.append(say.older()).append("\n\n");
        answer.directAnswer().ifPresent(d -> out.append("» ").append(d).append("\n\n"));
        // A later page goes on counting where the one before it stopped.
        int n = answer.offset() + 1;
        for (Story s : answer.stories()) {
            out.append(n++).append(". ").append(s.breaking() ? "[" + say.breaking() + "] " : "").append(s.headline())
                    .append('\n');
            out.append("   ").append(when(s.published(), answer, say)).append(" · ")
                    .append(s.source().isBlank() ? "-" : s.source()).append('\n');
            // The question's words the story does not contain, so a partial match does not pass for an answer.
            if (!s.missing().isEmpty()) out.append("   (").append(say.doesNotMention(s.missing())).append(")\n");
            for (String sentence : s.summary()) out.append("   - ").append(sentence).append('\n');
            if (!s.url().isBlank()) out.append("   ").append(s.url()).append('\n');
            for (SourceLink other : s.alsoReportedBy()) {
                out.append("   + ").append(other.source().isBlank() ? "-" : other.source());
                if (!other.url().isBlank()) out.append(": ").append(other.url());
                out.append('\n');
                other.excerpt().ifPresent(e -> out.append("     ").append(e).append('\n'));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private String when(Optional<Instant> published, Answer answer, Wording say) {
        return published.map(t -> DATE.format(t.atZone(zone)) + " (" + say.age(t, answer.askedAt()) + ")")
                .orElse("(" + say.dateUnknown() + ")");
    }
}
