package com.nabaa.conversation;

import com.nabaa.answer.Wording;
import com.nabaa.news.Language;
import com.nabaa.push.PushMessage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A push as a reader sees it, in their language, rendered when it is sent: a headline link with
 * its date, source and a sentence or two; a digest as a numbered list; an announcement as the
 * newsroom wrote it. The carrier escapes and splits it like any message.
 */
public final class PushView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    public PushView(ZoneId zone) {
        this.zone = zone;
    }

    public Rich render(PushMessage message, Language language, ZonedDateTime now) {
        Texts t = Texts.of(language);
        Wording say = Wording.of(language);
        return switch (message) {
            case PushMessage.StoryAlert a -> {
                Rich.Builder b = Rich.builder();
                b.bold(a.topic().map(t::alertOn).orElse(a.breaking() ? t.breakingAlert() : t.alertOn(""))).paragraph();
                story(b, a, say, now);
                yield b.build();
            }
            case PushMessage.Digest d -> {
                Rich.Builder b = Rich.builder().bold(t.digestTitle(d.day())).paragraph();
                int n = 1;
                for (PushMessage.StoryAlert a : d.stories()) {
                    b.bold(n++ + ". ");
                    story(b, a, say, now);
                }
                yield b.build();
            }
            case PushMessage.Announcement a -> Rich.builder().bold(t.announcementTitle()).paragraph().plain(a.text()).build();
            case PushMessage.Notice n -> Rich.plain(n.text());
        };
    }

    private void story(Rich.Builder b, PushMessage.StoryAlert a, Wording say, ZonedDateTime now) {
        if (a.breaking() && a.topic().isPresent()) b.bold("[" + say.breaking() + "] ");
        if (a.url().isBlank()) b.bold(a.headline());
        else b.link(a.headline(), a.url());
        String when = a.published().map(p -> DATE.format(p.atZone(zone)) + " (" + say.age(p, now) + ")")
                .orElse(say.dateUnknown());
        b.plain("\n" + when + " · " + (a.source().isBlank() ? "-" : a.source()));
        for (String sentence : a.summary()) b.plain("\n• " + sentence);
        if (!a.alsoBy().isEmpty()) b.italic("\n" + Texts.of(say.language()).alsoReportedBy() + String.join("، ", a.alsoBy()));
        b.paragraph();
    }
}
