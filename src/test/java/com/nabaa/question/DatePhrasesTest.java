package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per phrase of {@link DatePhrases}, through {@link #check}. Unless a test says
 * otherwise, now is Wednesday 2026-11-25 15:00 in Cairo; ranges are written as Cairo local times.
 */
class DatePhrasesTest {
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZonedDateTime NOW = cairo("2026-11-25T15:00");

    private static ZonedDateTime cairo(String local) {
        return LocalDateTime.parse(local).atZone(CAIRO);
    }

    private static void check(String question, String from, String to) {
        check(question, NOW, from, to);
    }

    private static void check(String question, ZonedDateTime now, String from, String to) {
        Optional<DatePhraseMatch> match = DatePhrases.find(question, now);
        assertThat(match).as(question).isPresent();
        assertThat(match.get().range()).as(question)
                .isEqualTo(DateRange.between(cairo(from), cairo(to)));
    }

    private static void checkPhrase(String question, String phrase) {
        Optional<DatePhraseMatch> match = DatePhrases.find(question, NOW);
        assertThat(match).as(question).isPresent();
        assertThat(match.get().phrase()).isEqualTo(phrase);
        assertThat(question.substring(match.get().start(), match.get().end())).isEqualTo(phrase);
    }

    private static void checkNone(String question) {
        assertThat(DatePhrases.find(question, NOW)).as(question).isEmpty();
    }

    // today, yesterday, the day before

    @Test
    void todayInMsaEgyptianAndEnglishIsTheWholeLocalDay() {
        for (String q : new String[] {"ايه اخبار غزة اليوم", "حصل ايه النهارده", "حصل ايه النهاردة", "news today"}) {
            check(q, "2026-11-25T00:00", "2026-11-26T00:00");
        }
    }

    @Test
    void yesterdayInEveryDialectSpelling() {
        for (String q : new String[] {"ماذا حدث أمس", "بالأمس", "حصل ايه امبارح", "إمبارح", "مبارح", "البارحة",
                "شنو كانت نتيجة الكلاسيكو البارح", "شكون ربح لبارح", "yesterday's match"}) {
            check(q, "2026-11-24T00:00", "2026-11-25T00:00");
        }
    }

    @Test
    void aPartOfTheDayBeforeOrAfterTodayOrYesterdayBelongsToTheDateNotToTheTopic() {
        for (String q : new String[] {"ايش صار في الرياض البارحة بالليل؟", "ماذا حدث مساء أمس", "ليلة أمس",
                "امبارح الصبح", "أمس مساء", "حصل ايه امبارح في الليل"}) {
            check(q, "2026-11-24T00:00", "2026-11-25T00:00");
        }
        for (String q : new String[] {"شو صار بالرياض الليلة؟", "صباح اليوم", "اليوم الصبح", "النهارده بالليل"}) {
            check(q, "2026-11-25T00:00", "2026-11-26T00:00");
        }
        checkPhrase("ايش صار في الرياض البارحة بالليل؟", "البارحة بالليل");
        checkPhrase("ماذا حدث مساء أمس في الرياض", "مساء أمس");
    }

    @Test
    void theMaghrebiThisAndTheLevantineThisDayAreThisYearAndThisWeeksDay() {
        check("شحال نسبة النجاح فالباك هاد العام", "2026-01-01T00:00", "2027-01-01T00:00");
        // now is Wednesday 25 November: this Friday has not come, so it is the last one
        check("قديش سعر البنزين هالجمعة", "2026-11-20T00:00", "2026-11-21T00:00");
        // "this day" is today; the day's light alone is no date
        check("الدواعش لي تشدو فالمغرب هاد النهار، فين كانو؟", "2026-11-25T00:00", "2026-11-26T00:00");
        checkNone("شحال من ساعة كيصومو فالنهار فالصيف؟");
    }

    @Test
    void lastNightRunsFromYesterdayEveningToNowAndTonightIsToday() {
        for (String q : new String[] {"ماذا حدث في سوريا الليلة الماضية؟", "ايه اللي حصل في سوريا الليلة اللي فاتت؟",
                "الليلة الفائتة", "what happened in Syria last night?"}) {
            check(q, "2026-11-24T18:00", "2026-11-25T15:00");
        }
        checkPhrase("ايه اللي حصل في سوريا الليلة اللي فاتت؟", "الليلة اللي فاتت");
        check("مباراة الليلة", "2026-11-25T00:00", "2026-11-26T00:00");
    }

    @Test
    void theDayOfSomethingIsNoDateEvenWithAPartOfTheDayNearby() {
        checkNone("متى يحتفل العالم باليوم الوطني");
    }

    @Test
    void dayBeforeYesterdayBeatsYesterdayInsideIt() {
        for (String q : new String[] {"أول أمس", "اول امبارح", "أول إمبارح", "أمس الأول", "the day before yesterday"}) {
            check(q, "2026-11-23T00:00", "2026-11-24T00:00");
        }
    }

    @Test
    void yesterdayJustAfterMidnightIsTheCairoDayNotTheUtcOne() {
        // 00:30 in Cairo is still the previous day in UTC.
        check("امبارح", cairo("2026-01-03T00:30"), "2026-01-02T00:00", "2026-01-03T00:00");
    }

    @Test
    void todayOnTheDaySummerTimeStartsAtMidnightIsTwentyThreeHoursLong() {
        // Cairo moves 00:00 → 01:00 on the last Friday of April (2026-04-24).
        DateRange today = DatePhrases.find("اليوم", cairo("2026-04-24T12:00")).orElseThrow().range();
        assertThat(today.from()).isEqualTo(cairo("2026-04-24T01:00").toInstant());
        assertThat(java.time.Duration.between(today.from(), today.to()).toHours()).isEqualTo(23);
    }

    @Test
    void todayFollowedByAnAdjectiveIsANamedDayNotADate() {
        checkNone("ما هو اليوم الوطني السعودي");
        checkNone("احتفالات اليوم العالمي للمرأة");
    }

    @Test
    void aNightNamedByItsAdjectiveIsAnEventNotTonight() {
        checkNone("ليش طلال سلامة انسحب من الليلة الحجازية بجدة؟");
        check("مين غنى بالحفلة الليلة؟", "2026-11-25T00:00", "2026-11-26T00:00");
        check("ماذا حدث في سوريا الليلة الماضية؟", "2026-11-24T18:00", "2026-11-25T15:00");
    }

    // weeks, months, years

    @Test
    void thisWeekIsTheCalendarWeekStartingSaturday() {
        for (String q : new String[] {"هذا الأسبوع", "الأسبوع ده", "الاسبوع الحالي", "هالأسبوع", "this week"}) {
            check(q, "2026-11-21T00:00", "2026-11-28T00:00");
        }
    }

    @Test
    void lastWeekIsTheSaturdayWeekBeforeThisOne() {
        for (String q : new String[] {"الأسبوع الماضي", "الأسبوع اللي فات", "الاسبوع الي فات", "الأسبوع المنصرم",
                "last week"}) {
            check(q, "2026-11-14T00:00", "2026-11-21T00:00");
        }
    }

    @Test
    void onSaturdayThisWeekStartsToday() {
        check("this week", cairo("2026-01-03T10:00"), "2026-01-03T00:00", "2026-01-10T00:00");
    }

    @Test
    void thisMonthIsTheCalendarMonth() {
        for (String q : new String[] {"هذا الشهر", "الشهر ده", "الشهر الجاري", "this month"}) {
            check(q, "2026-11-01T00:00", "2026-12-01T00:00");
        }
    }

    @Test
    void lastMonthIsThePreviousCalendarMonth() {
        for (String q : new String[] {"الشهر الماضي", "الشهر اللي فات", "last month"}) {
            check(q, "2026-10-01T00:00", "2026-11-01T00:00");
        }
    }

    @Test
    void lastMonthInJanuaryIsDecemberOfThePreviousYear() {
        check("الشهر الماضي", cairo("2026-01-03T12:00"), "2025-12-01T00:00", "2026-01-01T00:00");
    }

    @Test
    void thisYearAndLastYear() {
        for (String q : new String[] {"هذا العام", "السنة دي", "هذه السنة", "this year"}) {
            check(q, "2026-01-01T00:00", "2027-01-01T00:00");
        }
        for (String q : new String[] {"العام الماضي", "السنة اللي فاتت", "السنه الماضية", "السنة اللي طافت", "last year"}) {
            check(q, "2025-01-01T00:00", "2026-01-01T00:00");
        }
    }

    @Test
    void lastYearsEventIsNoDateOfTheNews() {
        // the temple found this year in a pyramid that "last year's mexico earthquake" damaged
        checkNone("archaeologists found a temple inside a pyramid damaged by last year's mexico earthquake");
        checkNone("the pyramid damaged by last year’s earthquake");
    }

    // last N units

    @Test
    void lastNHoursIsRollingUpToNow() {
        for (String q : new String[] {"آخر 24 ساعة", "اخر ٢٤ ساعه", "الـ24 ساعة الماضية", "past 24 hours",
                "in the last 24 hours"}) {
            check(q, "2026-11-24T15:00", "2026-11-25T15:00");
        }
    }

    @Test
    void hoursAgoInEgyptian() {
        check("من 3 ساعات", "2026-11-25T12:00", "2026-11-25T15:00");
        check("من ساعتين", "2026-11-25T13:00", "2026-11-25T15:00");
    }

    @Test
    void nDaysAgoStartsAtTheStartOfThatDay() {
        for (String q : new String[] {"منذ 3 أيام", "من تلات ايام", "من ٣ أيام", "3 days ago", "three days ago",
                "in the last 3 days", "خلال الثلاثة أيام الماضية", "الـ 3 أيام الماضية"}) {
            check(q, "2026-11-22T00:00", "2026-11-25T15:00");
        }
    }

    @Test
    void twoDaysAgoAsArabicDual() {
        check("حصل ايه من يومين", "2026-11-23T00:00", "2026-11-25T15:00");
        check("اليومين اللي فاتو", "2026-11-23T00:00", "2026-11-25T15:00");
    }

    @Test
    void thePastWeekIsRollingWhileLastWeekIsCalendar() {
        check("in the past week", "2026-11-18T00:00", "2026-11-25T15:00");
        check("آخر أسبوع", "2026-11-18T00:00", "2026-11-25T15:00");
    }

    @Test
    void theFirstOrTheNextUnitsAreNotTheLastOnes() {
        checkNone("ماذا فعل ترامب خلال الـ 100 يوم الأولى من ولايته");
        checkNone("توقعات الطقس خلال الـ 48 ساعة المقبلة");
    }

    @Test
    void aCountOfUnitsWithTheArticleButNoPastWordIsNotADate() {
        checkNone("ما هو المرض المعروف باسم حكة السبع سنوات");
        checkNone("حرب الستة أيام");
    }

    @Test
    void perDayIsNotToday() {
        checkNone("كم يأكل الفيل في اليوم");
        check("ماذا حدث خلال اليوم", "2026-11-25T00:00", "2026-11-26T00:00");
    }

    @Test
    void untilNowAndNowadaysAreNotToday() {
        checkNone("ما هي أول مباني الجامعة المعروفة إلى اليوم؟");
        checkNone("كم عدد القتلى حتى اليوم");
        checkNone("كم كان البحر أقل مما هو عليه اليوم؟");
        check("ماذا حدث في غزة اليوم", "2026-11-25T00:00", "2026-11-26T00:00");
    }

    @Test
    void theLastHoursWithTheArticleAfterALeadWord() {
        for (String q : new String[] {"ماذا حدث خلال الـ 24 ساعة", "اخبار مصر خلال ال24 ساعه", "آخر الـ 24 ساعة"}) {
            check(q, "2026-11-24T15:00", "2026-11-25T15:00");
        }
    }

    @Test
    void zeroOrHugeAmountsAreNotFilters() {
        checkNone("آخر 0 ساعة");
        checkNone("منذ 5000 سنة");
    }

    // month names

    @Test
    void monthNameIsTheMostRecentOneNotInTheFuture() {
        for (String q : new String[] {"في فبراير", "فبراير", "شهر 2", "شهر ٢", "in February", "شباط", "فيفري"}) {
            check(q, "2026-02-01T00:00", "2026-03-01T00:00");
        }
    }

    @Test
    void aLaterMonthThanNowIsLastYears() {
        check("ديسمبر", cairo("2026-01-03T12:00"), "2025-12-01T00:00", "2026-01-01T00:00");
    }

    @Test
    void aMonthToComeIsNoDateOfTheNewsButAWordOfTheTopic() {
        checkNone("الأسعار هتزيد من يناير الجاي؟");
        checkNone("امتحانات 15 يناير القادم");
        checkNone("fuel prices from next January");
        check("الأسعار زادت في يناير؟", cairo("2026-02-03T12:00"), "2026-01-01T00:00", "2026-02-01T00:00");
    }

    @Test
    void aDayToComeWithinAMonthIsNoDateOfTheNewsButWordsOfTheTopic() {
        // On 3 July the Cleveland plot "for 4 July" was tomorrow's, not last year's 4 July.
        ZonedDateTime third = cairo("2018-07-03T12:00");
        assertThat(DatePhrases.find("كان ناوي يعمل هجوم في عيد 4 يوليو، اسمه إيه؟", third)).isEmpty();
        assertThat(DatePhrases.find("plot for july 4", third)).isEmpty();
        assertThat(DatePhrases.find("مباراة 4/7", third)).isEmpty();
        // across the new year, and not the month alone either
        assertThat(DatePhrases.find("حفلة 2 يناير", cairo("2018-12-28T12:00"))).isEmpty();
        // a day passed, or one more than a month away, is the most recent one
        check("هجوم 4 يوليو", cairo("2018-07-10T12:00"), "2018-07-04T00:00", "2018-07-05T00:00");
        check("حفلة 25 ديسمبر", cairo("2019-01-05T12:00"), "2018-12-25T00:00", "2018-12-26T00:00");
        check("عيد 4 يوليو", cairo("2018-05-20T12:00"), "2017-07-04T00:00", "2017-07-05T00:00");
        // a year named, or the month alone, as before
        check("عيد 4 يوليو 2018", third, "2018-07-04T00:00", "2018-07-05T00:00");
        check("يوليو", third, "2018-07-01T00:00", "2018-08-01T00:00");
    }

    @Test
    void aprilFoolsDayIsAPrankNotTheMonth() {
        checkNone("lol a french mayor had to apologise for an april fools post about ikea");
        checkNone("عمدة اعتذرت عن كذبة أبريل");
        check("أسعار البنزين في أبريل", cairo("2026-05-03T12:00"), "2026-04-01T00:00", "2026-05-01T00:00");
    }

    @Test
    void theCurrentMonthByNameIsThisMonth() {
        check("نوفمبر", "2026-11-01T00:00", "2026-12-01T00:00");
    }

    @Test
    void monthWithYear() {
        for (String q : new String[] {"فبراير 2018", "فبراير ٢٠١٨", "فبراير عام 2018", "February 2018", "شهر 2 2018",
                "شهر 2/2018"}) {
            check(q, "2018-02-01T00:00", "2018-03-01T00:00");
        }
    }

    @Test
    void egyptianLevantineAndMaghrebMonthSpellings() {
        checkMonth(4, "أبريل", "ابريل", "نيسان", "أفريل");
        checkMonth(6, "يونيو", "يونيه", "حزيران", "جوان");
        checkMonth(7, "يوليو", "يوليه", "تموز", "جويلية");
        checkMonth(8, "أغسطس", "اغسطس", "شهر آب", "أوت");
    }

    private static void checkMonth(int month, String... spellings) {
        for (String name : spellings) {
            check(name, String.format("2026-%02d-01T00:00", month), String.format("2026-%02d-01T00:00", month + 1));
        }
    }

    @Test
    void twoWordLevantineMonthNames() {
        check("كانون الثاني", "2026-01-01T00:00", "2026-02-01T00:00");
        check("تشرين الأول", "2026-10-01T00:00", "2026-11-01T00:00");
        check("كانون الأول 2018", "2018-12-01T00:00", "2019-01-01T00:00");
    }

    @Test
    void ambiguousMonthWordsNeedContext() {
        checkNone("ماذا قال الأب");
        checkNone("what may happen");
        check("in May", "2026-05-01T00:00", "2026-06-01T00:00");
        check("May 2018", "2018-05-01T00:00", "2018-06-01T00:00");
    }

    // days

    @Test
    void dayAndMonthInEitherScriptAndOrder() {
        for (String q : new String[] {"17 فبراير", "١٧ فبراير", "17 February", "February 17", "the 17th of February",
                "17/2", "١٧/٢", "يوم 17 فبراير"}) {
            check(q, "2026-02-17T00:00", "2026-02-18T00:00");
        }
    }

    @Test
    void dayWithoutYearLaterThanTodayByMoreThanAMonthIsLastYears() {
        check("30 ديسمبر", "2025-12-30T00:00", "2025-12-31T00:00");
    }

    @Test
    void dayWithYear() {
        for (String q : new String[] {"17 فبراير 2018", "17/2/2018", "17-2-2018", "2018-02-17", "February 17, 2018"}) {
            check(q, "2018-02-17T00:00", "2018-02-18T00:00");
        }
    }

    @Test
    void numericDateIsDayMonthUnlessOnlyMonthDayIsPossible() {
        check("3/4", "2026-04-03T00:00", "2026-04-04T00:00");
        check("2/17", "2026-02-17T00:00", "2026-02-18T00:00");
    }

    @Test
    void nineElevenInEnglishIsTheAttacksNotADay() {
        checkNone("who's the german jihadist the kurds caught in syria over the 9/11 plot?");
        // in Arabic, the day and month order reads it as the ninth of November
        check("ايه اللي حصل يوم 9/11", "2026-11-09T00:00", "2026-11-10T00:00");
    }

    @Test
    void impossibleNumericDayIsNotADate() {
        checkNone("31/2");
    }

    @Test
    void impossibleNamedDayFallsBackToItsMonth() {
        checkPhrase("30 فبراير 2018", "فبراير 2018");
    }

    @Test
    void scoresAreNotDates() {
        checkNone("الأهلي فاز 2-1");
    }

    // weekdays

    @Test
    void weekdayIsTheMostRecentOne() {
        for (String q : new String[] {"يوم الجمعة", "الجمعه", "on Friday", "friday"}) {
            check(q, "2026-11-20T00:00", "2026-11-21T00:00");
        }
    }

    @Test
    void weekdayNamingTodayIsToday() {
        check("يوم الأربعاء", "2026-11-25T00:00", "2026-11-26T00:00");
    }

    @Test
    void weekdayMarkedPastOnThatDayIsAWeekAgo() {
        check("الأربعاء اللي فات", "2026-11-18T00:00", "2026-11-19T00:00");
        check("last Wednesday", "2026-11-18T00:00", "2026-11-19T00:00");
        check("الجمعة اللي فاتت", "2026-11-20T00:00", "2026-11-21T00:00");
    }

    @Test
    void fridayPrayerIsNotADate() {
        checkNone("خطبة الجمعة");
        checkNone("صلاة الجمعة");
    }

    @Test
    void yearAlone() {
        check("الانتخابات في 2018", "2018-01-01T00:00", "2019-01-01T00:00");
        check("عام ٢٠١٨", "2018-01-01T00:00", "2019-01-01T00:00");
    }

    // spans

    @Test
    void spanCoversPrefixAndPrepositionInTheOriginalSpelling() {
        checkPhrase("ايه اللي حصل في مصر في فبراير؟", "في فبراير");
        checkPhrase("ماذا حدث بالأمسِ في غزة", "بالأمسِ");
        checkPhrase("أخبار الأهلي الأسبوع اللى فات", "الأسبوع اللى فات");
    }

    @Test
    void longestPhraseWins() {
        checkPhrase("مباراة 17 فبراير 2018", "17 فبراير 2018");
        checkPhrase("أول امبارح", "أول امبارح");
    }

    @Test
    void removingThePhraseLeavesTheSearchText() {
        String question = "ايه اخبار الاهلي امبارح؟";
        assertThat(DatePhrases.find(question, NOW).orElseThrow().removeFrom(question)).isEqualTo("ايه اخبار الاهلي ؟");
    }

    @Test
    void questionsWithoutTimeHaveNoPhrase() {
        checkNone("مين فاز في الماتش");
        checkNone("what did Trump say about tariffs");
    }

    // Hijri months (Umm al-Qura: Ramadan 1446 began on 1 March 2025, Ramadan 1447 on 18 February 2026)

    @Test
    void aHijriMonthAfterFiIsItsMostRecentOccurrence() {
        check("ايه اللي حصل في رمضان؟", "2026-02-18T00:00", "2026-03-20T00:00");
        check("أخبار شهر ذي الحجة", "2026-05-18T00:00", "2026-06-16T00:00");
    }

    @Test
    void duringAHijriMonthItsNameIsThisOneAndPastMeansTheOneBefore() {
        ZonedDateTime inRamadan = cairo("2026-03-01T12:00");
        check("ماذا حدث في رمضان؟", inRamadan, "2026-02-18T00:00", "2026-03-20T00:00");
        check("ماذا حدث في رمضان الماضي؟", inRamadan, "2025-03-01T00:00", "2025-03-30T00:00");
        checkPhrase("ماذا حدث في رمضان الماضي؟", "في رمضان الماضي");
    }

    @Test
    void aHijriMonthWithItsYear() {
        check("رمضان 1446 هـ", "2025-03-01T00:00", "2025-03-30T00:00");
        check("في رمضان عام 1439", "2018-05-16T00:00", "2018-06-15T00:00");
    }

    @Test
    void hijriMonthNamesThatAreAlsoWordsOrNamesNeedACue() {
        checkNone("ماذا قال محمد رمضان عن فيلمه الجديد؟");
        checkNone("هدف رمضان صبحي");
        checkNone("رجب طيب أردوغان يزور القاهرة");
        checkNone("فاز الأهلي بثلاثة أهداف مقابل صفر");
        checkNone("رأي الصحافة في رجب طيب أردوغان");
        checkNone("ما رأي الجمهور في رمضان صبحي");
    }

    @Test
    void afterFiAHijriMonthMayBeFollowedByAPrepositionOrAnEpithet() {
        check("ماذا حدث في رمضان في القاهرة؟", "2026-02-18T00:00", "2026-03-20T00:00");
        check("الأسعار في رمضان المبارك", "2026-02-18T00:00", "2026-03-20T00:00");
    }

    @Test
    void aGregorianYearAfterAHijriMonthPicksTheOneThatBeganThatYear() {
        check("ماذا حدث في رمضان 2025", "2025-03-01T00:00", "2025-03-30T00:00");
    }

    @Test
    void aNumberAfterAHijriMonthThatCannotBeAPastYearIsNotADate() {
        checkNone("سعر كرتونة رمضان 1500 جنيه");
    }
}
