package com.nabaa.answer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders an answer as plain text for the command line. */
public final class TextRenderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    public TextRenderer(ZoneId zone) {
        this.zone = zone;
    }

    public String render(Answer answer) {
        if (answer.noAnswer()) {
            return "لم أجد خبرًا يجيب عن سؤالك. / No article answers this question.\n";
        }
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (Story s : answer.stories()) {
            out.append(n++).append(". ").append(s.breaking() ? "[عاجل] " : "").append(s.headline()).append('\n');
            String date = s.published().map(t -> DATE.format(t.atZone(zone))).orElse("(date unknown)");
            out.append("   ").append(date).append(" · ").append(s.source().isBlank() ? "-" : s.source()).append('\n');
            for (String excerpt : s.excerpts()) out.append("   » ").append(excerpt).append('\n');
            if (!s.url().isBlank()) out.append("   ").append(s.url()).append('\n');
            out.append('\n');
        }
        return out.toString();
    }
}
