package com.nabaa.conversation;

import com.nabaa.answer.Answer;
import com.nabaa.answer.Headlines;
import com.nabaa.answer.SourceLink;
import com.nabaa.answer.Story;
import com.nabaa.answer.Wording;
import com.nabaa.news.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers and lists of stories as {@link Rich} text, in the answer's language with the words of
 * {@link Wording}: per story its number, headline as the link, date with its age and source, the
 * summary, what it does not mention, and its other sources as links; dates in the readers' zone.
 */
final class AnswerView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    AnswerView(ZoneId zone) {
        this.zone = zone;
    }

    /** An answer to a question; a later page goes on counting where the one before stopped. */
    Rich answer(Answer a) {
        Wording say = Wording.of(a.language());
        Rich.Builder b = Rich.builder();
        if (a.kind() == Answer.Kind.NEEDS_TOPIC) return Rich.plain(say.askWithTopic());
        // An English question read in Arabic news says so first; the stories are the articles' Arabic.
        a.translation().filter(t -> a.offset() == 0).ifPresent(t -> b.italic(say.readInArabic(t)).paragraph());
        if (a.noAnswer()) {
            b.plain(say.nothingFound()).paragraph();
            if (!a.missing().isEmpty()) b.italic(say.newsDoesNotMention(a.missing())).paragraph();
            a.suggestion().ifPresent(s -> b.italic(say.didYouMean(s)).paragraph());
            a.translation().filter(t -> !t.complete()).ifPresent(t -> b.plain(say.askInArabic(t)).paragraph());
            if (!a.related().isEmpty()) {
                b.bold(say.relatedHeadlines()).paragraph();
                for (SourceLink link : a.related()) related(b, link, say, a.askedAt());
            }
            return b.build();
        }
        if (a.stories().isEmpty()) return b.plain(say.noMoreStories()).build();
        a.suggestion().ifPresent(s -> b.italic(say.didYouMean(s)).paragraph());
        if (a.kind() == Answer.Kind.UNDATED) b.italic(say.undated()).paragraph();
        if (a.kind() == Answer.Kind.OLDER) b.italic(say.older()).paragraph();
        if (a.kind() == Answer.Kind.LATEST && a.offset() == 0) {
            b.bold(a.topicWords().isEmpty() ? say.latest(Optional.empty()) : say.latestAbout(a.topicWords()))
                    .paragraph();
        }
        a.directAnswer().ifPresent(d -> b.bold("» " + d).paragraph());
        int n = a.offset() + 1;
        for (Story s : a.stories()) story(b, n++, s, say, a.askedAt());
        return b.build();
    }

    /** A list of stories under a header ("أحدث الأخبار"); {@code empty}: what to say when there are none. */
    Rich headlines(Headlines h, Language language, String header, String empty, ZonedDateTime now) {
        Wording say = Wording.of(language);
        if (h.isEmpty()) return Rich.plain(h.offset() == 0 ? empty : say.noMoreStories());
        Rich.Builder b = Rich.builder().bold(header).paragraph();
        int n = h.offset() + 1;
        for (Story s : h.stories()) story(b, n++, s, say, now);
        return b.build();
    }

    /** One story in full, from its summary button or a deep link. */
    Rich story(Story s, Language language, ZonedDateTime now) {
        Wording say = Wording.of(language);
        Rich.Builder b = Rich.builder();
        if (s.breaking()) b.bold("[" + say.breaking() + "] ");
        headline(b, s);
        b.plain("\n" + when(s.published(), say, now) + " · " + source(s.source())).paragraph();
        b.plain(String.join("\n", s.summary())).paragraph();
        otherSources(b, s.alsoReportedBy(), say);
        return b.build();
    }

    /** A story's reports, oldest first. */
    Rich timeline(String headline, List<SourceLink> reports, Language language, ZonedDateTime now) {
        Wording say = Wording.of(language);
        Rich.Builder b = Rich.builder().bold(say.timeline() + ": " + headline).paragraph();
        for (SourceLink r : reports) related(b, r, say, now);
        return b.build();
    }

    /** What an inline result posts into a chat: it is read later, so the date without an age. */
    Rich article(Story s, Language language) {
        Wording say = Wording.of(language);
        Rich.Builder b = Rich.builder();
        if (s.breaking()) b.bold("[" + say.breaking() + "] ");
        headline(b, s);
        b.plain("\n" + date(s.published(), say) + " · " + source(s.source())).paragraph();
        if (!s.summary().isEmpty()) b.plain(String.join("\n", s.summary())).paragraph();
        return b.build();
    }

    String date(Optional<Instant> published, Wording say) {
        return published.map(t -> DATE.format(t.atZone(zone))).orElse(say.dateUnknown());
    }

    private void story(Rich.Builder b, int number, Story s, Wording say, ZonedDateTime now) {
        b.bold(number + ". ");
        if (s.breaking()) b.bold("[" + say.breaking() + "] ");
        headline(b, s);
        b.plain("\n" + when(s.published(), say, now) + " · " + source(s.source()));
        // The question's words the story lacks, so a partial match does not pass for an answer.
        if (!s.missing().isEmpty()) b.italic("\n(" + say.doesNotMention(s.missing()) + ")");
        for (String sentence : s.summary()) b.plain("\n• " + sentence);
        b.paragraph();
        otherSources(b, s.alsoReportedBy(), say);
    }

    private static void otherSources(Rich.Builder b, List<SourceLink> others, Wording say) {
        if (others.isEmpty()) return;
        b.italic(say.otherSources());
        for (int i = 0; i < others.size(); i++) {
            SourceLink o = others.get(i);
            if (i > 0) b.plain(say.language() == Language.ENGLISH ? ", " : "، ");
            String name = o.source().isBlank() ? o.headline() : o.source();
            if (o.url().isBlank()) b.plain(name);
            else b.link(name, o.url());
        }
        b.paragraph();
    }

    private void related(Rich.Builder b, SourceLink link, Wording say, ZonedDateTime now) {
        b.plain("• ");
        if (link.url().isBlank()) b.plain(link.headline());
        else b.link(link.headline(), link.url());
        b.plain("\n" + when(link.published(), say, now) + " · " + source(link.source())).paragraph();
    }

    /** The headline as the link to the story; bold when there is no link to make. */
    private static void headline(Rich.Builder b, Story s) {
        if (s.url().isBlank()) b.bold(s.headline());
        else b.link(s.headline(), s.url());
    }

    private String when(Optional<Instant> published, Wording say, ZonedDateTime now) {
        return published.map(t -> DATE.format(t.atZone(zone)) + " (" + say.age(t, now) + ")").orElse(say.dateUnknown());
    }

    private static String source(String source) {
        return source.isBlank() ? "-" : source;
    }
}
