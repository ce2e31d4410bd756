package com.nabaa.extract;

import com.nabaa.text.LanguageDetector;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Extracts the article from a page saved as plain text. PLACEHOLDER: first line title. */
public final class TextPageExtractor {

    public ExtractedPage extract(String text, String location) throws NoArticleException {
        List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 2) throw new NoArticleException(location, "no article text");
        return new ExtractedPage(lines.get(0), Optional.empty(), lines.subList(1, lines.size()),
                Optional.empty(), false, LanguageDetector.detect(text), Optional.empty(), "");
    }
}
