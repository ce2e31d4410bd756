package com.nabaa.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Line-level boilerplate that survives block selection: share and follow prompts (Arabic and
 * English), "read also" teasers, advertisement labels, and photo captions printed twice.
 */
final class Boilerplate {
    /** Whole short lines that are calls to share, follow, subscribe or read elsewhere. */
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:"
                    + "تابع(?:وا|ونا|ي)?\\s+(?:موقع|صفحة|صفحتنا|قناة|قناتنا|حساب|حسابنا|آخر|اخر|أخبار|اخبار|كل|جديد|المزيد)(?:\\s.{0,100})?"
                    + "|تابعونا.{0,100}"
                    + "|(?:اقرأ|إقرأ|اقرا|إقرا|طالع|شاهد)(?:\\s*(?:أيضا|أيضاً|ايضا|ايضاً|المزيد|كذلك)\\s*[:：\\-]?.{0,120})?"
                    + "|(?:شارك|شاركوا|انشر)(?:\\s+(?:الخبر|المقال|الموضوع|على|عبر).{0,60})?|مشاركة|مشاركة الخبر"
                    + "|للمزيد من (?:الأخبار|الاخبار).*|اشترك.{0,80}(?:نشرة|قناة|يوتيوب|تليجرام).*|إعلان|اعلان"
                    + "|(?:مواضيع|أخبار|اخبار|مقالات) (?:ذات صلة|متعلقة|مقترحة).{0,100}"
                    + "|(?:follow|like)\\s+us(?:\\s+on)?\\b.{0,100}|share(?:\\s+(?:this|on|via)\\b.{0,80})?"
                    + "|(?:read|see)\\s+(?:more|also)\\b.{0,120}"
                    + "|related(?:\\s+(?:articles?|stories|posts|news|coverage|content|reading|links?))?(?:\\s*:.{0,100})?"
                    + "|related\\s+(?:articles?|stories|posts|news|coverage|content|reading|links?)\\b.{0,100}"
                    + "|advertisement|advertising|sponsored(?: content)?|click here to.{0,100}|sign up for.{0,60}newsletter.{0,60}"
                    + "|subscribe(?:\\s+(?:to|now|for)\\b.{0,80})?"
                    + "|(?:facebook|twitter|whatsapp|telegram|linkedin|email|print|pinterest|reddit|copy link)"
                    + "(?:\\s*[|•·,]?\\s*(?:facebook|twitter|whatsapp|telegram|linkedin|email|print|pinterest|reddit|copy link))*"
                    + "|فيسبوك|تويتر|واتساب|تيليجرام|تليجرام|طباعة|نسخ الرابط"
                    + ")$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int PROMPT_MAX_LENGTH = 160;
    /** Shorter repeats ("1 QH", "Yes") are legitimate; captions and pull quotes are longer. */
    private static final int MIN_REPEAT_WORDS = 4;

    private Boilerplate() {
    }

    static boolean isPrompt(String line) {
        return line.length() <= PROMPT_MAX_LENGTH && PROMPT.matcher(line.strip()).matches();
    }

    /** A menu line: three or more one- or two-word items separated by bars or bullets. */
    static boolean isMenu(String line) {
        String[] items = line.split("\\s*[|•·»]\\s*");
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.strip().split("\\s+").length > 2) {
                return false;
            }
        }
        return true;
    }

    /** Drops prompts and any short line that repeats one already kept (captions, pull quotes). */
    static List<String> clean(List<String> lines) {
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            if (isPrompt(line)) {
                continue;
            }
            if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(line)) {
                continue;
            }
            if (line.split("\\s+").length >= MIN_REPEAT_WORDS && !seen.add(line)) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }
}
