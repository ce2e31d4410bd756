package com.nabaa.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the site a page saved as text comes from, as the page itself prints it, in order:
 * <ol>
 * <li>a "follow the site" line: {@code تابع موقع تحيا مصر علي} → تحيا مصر, {@code تابعوا بوابة النهار على
 *     فيسبوك} → بوابة النهار, "Follow The Riverside Ledger on X" → The Riverside Ledger;</li>
 * <li>a rights line: {@code جميع الحقوق محفوظة لموقع X}, "© 2025 X. All rights reserved";</li>
 * <li>the host of a web address printed on the page, or of the page's own location when it is one
 *     ({@code www.tahiamasr.com} → tahiamasr.com).</li>
 * </ol>
 */
final class TextSiteName {
    /**
     * "موقع" (website) is a kind, not a name; a portal's or a paper's kind is part of its name. Either
     * must be there: "تابع الرئيس حديثه في…" opens a sentence, not a follow line.
     */
    private static final Pattern FOLLOW_AR = Pattern.compile(
            "^تابع(?:وا|ونا|ي|نا)?\\s+(?:موقع\\s+(.{2,40}?)|((?:بوابة|جريدة|صحيفة|قناة|شبكة|مجلة|وكالة)\\s+.{2,40}?))"
                    + "\\s+(?:على|علي|عبر)(?:\\s.{0,40})?$");
    /** A name starts with a capital: "Follow the money on…" is a sentence. */
    private static final Pattern FOLLOW_EN = Pattern.compile(
            "^(?i:follow)\\s+(?!(?i:us|me|our)\\b)(\\p{Lu}.{1,39}?)\\s+(?i:on|via)\\b.{0,40}$");
    private static final Pattern RIGHTS_AR = Pattern.compile(
            "(?:جميع|كل)\\s+الحقوق\\s+محفوظة\\s*(?:©\\s*)?(?:\\d{4}\\s*)?(?:لموقع|لصالح|لـ|ل)\\s*(.{2,40}?)\\s*[.،]?$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?([^.,|©]{2,40}?)\\s*"
                    + "(?:[.,|]|all rights reserved|جميع الحقوق|كل الحقوق|$).*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("https?://[^\\s/?#]+", Pattern.CASE_INSENSITIVE);
    /** What follows "تابع" without being a site: the latest news, all of it. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^(?:آخر|اخر|أخبار|اخبار|كل|جديد|المزيد|الأخبار|الاخبار|the latest|more|all)(?:\\s.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_WORDS = 5;
    /** Follow and rights lines are short; a long line is running text. */
    private static final int MAX_LINE_CHARS = 100;

    private TextSiteName() {
    }

    static String find(List<String> lines, String location) {
        return first(lines, FOLLOW_AR).or(() -> first(lines, FOLLOW_EN))
                .or(() -> first(lines, RIGHTS_AR)).or(() -> first(lines, COPYRIGHT))
                .or(() -> lines.stream().map(TextSiteName::host).flatMap(Optional::stream).findFirst())
                .or(() -> host(location))
                .orElse("");
    }

    private static Optional<String> first(List<String> lines, Pattern pattern) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line.strip());
            if (line.length() <= MAX_LINE_CHARS && m.find()) {
                String name = (m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2)).strip();
                if (!name.isEmpty() && SiteNames.words(name) <= MAX_NAME_WORDS && !NOT_A_NAME.matcher(name).matches()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> host(String text) {
        Matcher m = URL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(URI.create(m.group()).getHost())
                    .map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
