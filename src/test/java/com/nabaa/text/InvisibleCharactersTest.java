package com.nabaa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link InvisibleCharacters}, through {@link #check}. */
class InvisibleCharactersTest {

    private static void check(String input, String expected) {
        assertThat(InvisibleCharacters.strip(input)).as(escaped(input)).isEqualTo(expected);
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(c < 0x7F && c >= ' ' ? Character.toString(c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    @Test
    void bidiEmbeddingsAndOverridesAreRemoved() {
        check("\u202Eخاشقجي\u202C", "خاشقجي");
        check("\u202Aترامب\u202C \u202Bبوتين\u202C \u202Dقمة\u202C", "ترامب بوتين قمة");
    }

    @Test
    void bidiIsolatesAreRemoved() {
        check("\u2066سد\u2069 \u2067النهضة\u2069 \u2068اليوم\u2069", "سد النهضة اليوم");
    }

    @Test
    void directionalMarksAreRemoved() {
        check("\u200Fسعر\u200E الذهب\u061C", "سعر الذهب");
    }

    @Test
    void zeroWidthCharactersAndTheByteOrderMarkAreRemoved() {
        check("\uFEFFخا\u200Bشق\u200Cجي\u200D\u2060", "خاشقجي");
    }

    @Test
    void softHyphenIsRemoved() {
        check("البور\u00ADصة", "البورصة");
    }

    @Test
    void controlCharactersThatAreNotWhiteSpaceAreRemoved() {
        check("غزة\u0000\u0007\u001B", "غزة");
    }

    @Test
    void everyKindOfWhiteSpaceBecomesAPlainSpace() {
        check("سعر\u00A0الذهب\u202Fفي\tمصر\nاليوم\u2028الآن", "سعر الذهب في مصر اليوم الآن");
    }

    @Test
    void visibleTextIsUnchanged() {
        check("مَا الجديدُ في اليمن؟ (2018) — what's new", "مَا الجديدُ في اليمن؟ (2018) — what's new");
        check("😀 ﻻ", "😀 ﻻ");
    }
}
