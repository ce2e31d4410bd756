package com.nabaa.answer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import com.nabaa.news.Language;
import com.nabaa.text.LanguageDetector;

/** Renders an answer as plain text for the command line, dates in the readers' time zone. */
public final class TextRenderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    public TextRenderer(ZoneId zone) {
        this.zone = zone;
    }

    public String render(Answer answer) {
        StringBuilder out = new StringBuilder();
        if (answer.noAnswer()) {
            out.append("لم أجد خبرًا يجيب عن سؤالك. / No article answers this question.\n");
            answer.suggestion().ifPresent(s -> out.append("هل تقصد: ").append(s).append(" ؟\n"));
            if (!answer.related().isEmpty()) {
                out.append("\nأحدث العناوين ذات الصلة / Latest related headlines:\n");
                for (SourceLink link : answer.related()) {
                    out.append(" - ").append(link.headline()).append(" (").append(when(link.published(), answer))
                            .append(" · ").append(link.source()).append(")\n   ").append(link.url()).append('\n');
                }
            }
            return out.toString();
        }
        answer.suggestion().ifPresent(s -> out.append("هل تقصد: ").append(s).append(" ؟\n\n"));
        answer.directAnswer().ifPresent(d -> out.append("» ").append(d).append("\n\n"));
        int n = 1;
        for (Story s : answer.stories()) {
            out.append(n++).append(". ").append(s.breaking() ? "[عاجل] " : "").append(s.headline()).append('\n');
            out.append("   ").append(when(s.published(), answer)).append(" · ")
                    .append(s.source().isBlank() ? "-" : s.source()).append('\n');
            if (!s.missing().isEmpty()) out.append("   ").append(missing(s.missing(), answer)).append('\n');
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

    /** The question's words the story does not contain, so a partial match does not pass for an answer. */
    private static String missing(List<String> words, Answer answer) {
        return LanguageDetector.detect(answer.question()) == Language.ENGLISH
                ? "(does not mention: " + String.join(", ", words) + ")"
                : "(لا يذكر: " + String.join("، ", words) + ")";
    }

    private String when(Optional<Instant> published, Answer answer) {
        boolean english = LanguageDetector.detect(answer.question()) == Language.ENGLISH;
        return published.map(t -> DATE.format(t.atZone(zone)) + " ("
                        + (english ? Ages.english(t, answer.askedAt()) : Ages.arabic(t, answer.askedAt())) + ")")
                .orElse("(date unknown)");
    }

    /** "منذ ساعتين"-style ages. */
    static final class Ages {
        private Ages() {
        }

        static String arabic(Instant published, ZonedDateTime now) {
            Duration age = Duration.between(published, now.toInstant());
            if (age.isNegative()) return "قادم";
            long minutes = age.toMinutes();
            if (minutes < 1) return "الآن";
            if (minutes < 60) return count(minutes, "دقيقة", "دقيقتين", "دقائق", "دقيقة");
            long hours = age.toHours();
            if (hours < 24) return count(hours, "ساعة", "ساعتين", "ساعات", "ساعة");
            long days = age.toDays();
            if (days < 30) return count(days, "يوم", "يومين", "أيام", "يومًا");
            if (days < 365) return count(days / 30, "شهر", "شهرين", "أشهر", "شهرًا");
            return count(days / 365, "سنة", "سنتين", "سنوات", "سنة");
        }

        /** "2 hours ago"-style ages, for readers who ask in English. */
        static String english(Instant published, ZonedDateTime now) {
            Duration age = Duration.between(published, now.toInstant());
            if (age.isNegative()) return "upcoming";
            long minutes = age.toMinutes();
            if (minutes < 1) return "just now";
            if (minutes < 60) return ago(minutes, "minute");
            if (age.toHours() < 24) return ago(age.toHours(), "hour");
            long days = age.toDays();
            if (days < 30) return ago(days, "day");
            if (days < 365) return ago(days / 30, "month");
            return ago(days / 365, "year");
        }

        private static String ago(long n, String unit) {
            return n + " " + unit + (n == 1 ? "" : "s") + " ago";
        }

        /** Arabic counting: 1 singular, 2 dual, 3–10 plural, 11 and more the accusative singular. */
        private static String count(long n, String one, String two, String few, String many) {
            if (n == 1) return "منذ " + one;
            if (n == 2) return "منذ " + two;
            if (n <= 10) return "منذ " + n + " " + few;
            return "منذ " + n + " " + many;
        }
    }
}
