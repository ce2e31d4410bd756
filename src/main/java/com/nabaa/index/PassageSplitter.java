package com.nabaa.index;

import com.nabaa.news.Article;
import com.nabaa.news.Passage;
import com.nabaa.text.Datelines;
import com.nabaa.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into passages of a few sentences. Sentences are packed in reading order until a
 * passage holds {@value #MAX_SENTENCES} sentences or about {@value #TARGET_WORDS} words; a paragraph
 * break closes a passage once it has half that many words, so passages follow the writer's units.
 * A wire dateline is left out ({@link Datelines}).
 */
public final class PassageSplitter {
    static final int MAX_SENTENCES = 3;
    static final int TARGET_WORDS = 60;

    private PassageSplitter() {
    }

    public static List<Passage> split(Article article) {
        List<Passage> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int sentences = 0;
        int words = 0;
        for (String paragraph : article.paragraphs()) {
            for (String sentence : sentences(paragraph)) {
                if (sentences > 0 && (sentences >= MAX_SENTENCES || words >= TARGET_WORDS)) {
                    passages.add(new Passage(article.id(), passages.size(), current.toString()));
                    current.setLength(0);
                    sentences = 0;
                    words = 0;
                }
                if (!current.isEmpty()) current.append(' ');
                current.append(sentence);
                sentences++;
                words += wordCount(sentence);
            }
            if (words >= TARGET_WORDS / 2) {
                passages.add(new Passage(article.id(), passages.size(), current.toString()));
                current.setLength(0);
                sentences = 0;
                words = 0;
            }
        }
        if (!current.isEmpty()) passages.add(new Passage(article.id(), passages.size(), current.toString()));
        return passages;
    }

    /** The paragraph's sentences, without a wire dateline ({@link Datelines}): the desk's place is not the story's. */
    private static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String sentence : SentenceSplitter.split(paragraph)) out.addAll(Datelines.cut(sentence));
        return out;
    }

    private static int wordCount(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
