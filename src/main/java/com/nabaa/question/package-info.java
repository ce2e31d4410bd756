/**
 * What a reader means: a typed question, or a followed topic, understood as a {@link
 * com.nabaa.question.Question} by {@link com.nabaa.question.QuestionParser#parse}.
 *
 * <p>Invisible characters (bidi controls, zero-width marks) go first. Question words and fillers
 * of MSA, the dialects (Egyptian, Levantine, Gulf, Maghrebi) and English are dropped; a date phrase
 * (امبارح، في فبراير، رمضان 1446، last week) becomes a {@link com.nabaa.question.DateRange} counted in
 * the reader's time zone; a section named as such ("أخبار الرياضة") becomes a section; dialect words
 * become the words news prose uses (ماتش → مباراة); each word brings its other spellings (ترمب /
 * ترامب). A question about a result ("نتيجة مباراة السعودية وروسيا"، "مين كسب كاس العالم؟"، "who
 * won") is a {@link com.nabaa.question.ResultQuestion} with its two sides, if it names them. The
 * result holds plain values only, no search-engine types. {@link
 * com.nabaa.question.FollowUps} tells a short follow-up without a topic of its own ("وبعدين؟") from
 * a question, for the chat and for answering alike.
 *
 * <p>An English question's content words come with their Arabic news words ({@link
 * com.nabaa.question.EnglishWords}, from the project's {@link com.nabaa.question.EnglishGlossary}):
 * the answering reads Arabic news through them.
 *
 * <p>Both answering ({@code answer}) and, next, topic alerts use it: a followed topic is parsed by
 * the same {@code parse}, so its {@code searchText()} and {@code spellings()} are exactly what a
 * question about it searches, and the words a reader follows are those {@code topicWords()} offered.
 *
 * <p>Uses {@code text} (normalization, language detection, month names) and {@code news}; nothing
 * here knows the index, and {@code text} does not know this package.
 */
package com.nabaa.question;
