package com.nabaa.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph into sentences. PLACEHOLDER: splits after . ! ? ؟ */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : paragraph.split("(?<=[.!?؟])\\s+")) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }
}
