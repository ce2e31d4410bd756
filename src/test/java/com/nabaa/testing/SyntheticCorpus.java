package com.nabaa.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * JSON Lines of generated Arabic news articles, written by the test (tests never read the shared
 * corpus). Article {@code i} of a corpus with prefix {@code p} has id {@code p-i} and carries the
 * word {@link #marker(String, int)} found in no other article, so a test can tell that it is
 * findable.
 */
public final class SyntheticCorpus {
    private static final List<String> WORDS = List.of("الحكومة", "أعلنت", "وزير", "الاقتصاد", "مصر", "القاهرة",
            "مباراة", "الدوري", "أسعار", "الذهب", "ارتفاع", "المناخ", "الطاقة", "قمة", "الرئيس", "البرلمان");

    private SyntheticCorpus() {
    }

    /** The word only article {@code i} of corpus {@code prefix} contains. */
    public static String marker(String prefix, int i) {
        return "رمز" + prefix + "x" + i;
    }

    public static Path write(Path file, String prefix, int articles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(prefix.hashCode());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles; i++) {
                StringBuilder body = new StringBuilder("الخبر رقم " + i + " " + marker(prefix, i) + ".");
                for (int s = 0; s < 12; s++) {
                    body.append(s % 4 == 0 ? "\n" : " ");
                    for (int w = 0; w < 10; w++) body.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
                    body.append("وقال المصدر ").append(prefix).append(i).append('.');
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", prefix + "-" + i);
                line.put("url", "https://" + prefix + ".example/news/" + i);
                line.put("title", "عنوان الخبر " + i + " عن " + WORDS.get(i % WORDS.size()));
                line.put("body", body.toString());
                line.put("date", "2026-11-20T10:00:00+02:00");
                line.put("source", "Synthetic " + prefix);
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
        return file;
    }
}
