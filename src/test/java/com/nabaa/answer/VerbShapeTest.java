package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question word that reads as a verb is no evidence that a story lacking it is about something
 * else: the news tells the same in its own verb or noun ("متى بيطرحون أرامكو للاكتتاب؟" is answered
 * by "موعد طرح أرامكو للاكتتاب").
 */
class VerbShapeTest {
    @Test
    void msaVerbsReadAsVerbs() {
        assertThat(Evidence.readsAsVerb("يفوز")).isTrue();
        assertThat(Evidence.readsAsVerb("قالوا")).isTrue();
    }

    @Test
    void aDerivedPastWithItsFeminineEndingReadsAsAVerb() {
        assertThat(Evidence.readsAsVerb("أحدثت")).isTrue();
        assertThat(Evidence.readsAsVerb("اعتمدت")).isTrue();
        assertThat(Evidence.readsAsVerb("استقالت")).isTrue();
    }

    @Test
    void theDialectsPresentWithItsPrefixAndPluralReadsAsAVerb() {
        assertThat(Evidence.readsAsVerb("بيطرحون")).isTrue();
        assertThat(Evidence.readsAsVerb("هيعملوا")).isTrue();
        assertThat(Evidence.readsAsVerb("وبيقولو")).isTrue();
    }

    @Test
    void theDialectsVerbsReadAsDialectVerbs() {
        assertThat(Evidence.readsAsDialectVerb("هيزيد")).as("the Egyptian future").isTrue();
        assertThat(Evidence.readsAsDialectVerb("فتحوه")).as("an object pronoun").isTrue();
        assertThat(Evidence.readsAsDialectVerb("رجعتهم")).isTrue();
        assertThat(Evidence.readsAsDialectVerb("انقتل")).as("the Levantine passive").isTrue();
        assertThat(Evidence.readsAsDialectVerb("حبسو")).as("a plural without its alif").isTrue();
        assertThat(Evidence.readsAsDialectVerb("وقفاتو")).as("the Maghreb's feminine past with its object").isTrue();
        assertThat(Evidence.readsAsDialectVerb("كيخدمو")).as("the Maghreb's present with ك, in the plural").isTrue();
        assertThat(Evidence.readsAsDialectVerb("وقعناها")).as("we, then its object: 'we signed them'").isTrue();
        assertThat(Evidence.readsAsDialectVerb("شفناه")).isTrue();
        assertThat(Evidence.readsAsDialectVerb("هيثم")).as("a name of four letters").isFalse();
        assertThat(Evidence.readsAsDialectVerb("طوبالستان")).isFalse();
    }

    @Test
    void namesAndNounsDoNot() {
        assertThat(Evidence.readsAsVerb("بيروت")).isFalse();
        assertThat(Evidence.readsAsVerb("أرامكو")).isFalse();
        assertThat(Evidence.readsAsVerb("فيضانات")).isFalse();
        assertThat(Evidence.readsAsVerb("التابوت")).as("the article, not a derived past").isFalse();
    }
}
