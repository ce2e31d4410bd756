package com.nabaa.admin;

import com.nabaa.push.Outbox;
import com.nabaa.store.StatsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes {@link Stats}: chats from the store; questions from the answer pages the conversation keeps
 * (a question's first page, of kind {@value #QUESTION_PAGES}; one that showed no story went
 * unanswered), over the last {@value #DAYS} days in the readers' time zone, the conversation's
 * default page retention; deliveries from the outbox; subscriptions when connected.
 */
final class StatsReport {
    /** The kind the conversation gives an answer page of a question. */
    static final String QUESTION_PAGES = "ask";
    static final int DAYS = 7;
    static final int TOP = 5;
    /** Distinct spellings read for the top questions: the rare tail cannot reach the top anyway. */
    static final int SPELLINGS = 10_000;

    private final StatsStore store;
    private final Outbox outbox;
    private final Optional<SubscriptionCounts> subscriptions;
    private final Clock clock;
    private final ZoneId zone;

    StatsReport(StatsStore store, Outbox outbox, Optional<SubscriptionCounts> subscriptions, Clock clock, ZoneId zone) {
        this.store = store;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.zone = zone;
    }

    Stats make() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant since = today.minusDays(DAYS - 1).atStartOfDay(zone).toInstant();
        List<StatsStore.Day> days = store.pagesPerDay(QUESTION_PAGES, since, zone.getRules().getOffset(now));
        long questions = days.stream().mapToLong(StatsStore.Day::questions).sum();
        long unanswered = days.stream().mapToLong(StatsStore.Day::unanswered).sum();
        long questionsToday = days.stream().filter(d -> d.day() == today.toEpochDay())
                .mapToLong(StatsStore.Day::questions).sum();
        StatsStore.Chats chats = store.chats();
        return new Stats(chats.readers(), chats.activeChats(), chats.groups(),
                subscriptions.map(SubscriptionCounts::counts), today, DAYS, questionsToday, questions, unanswered,
                top(store.queries(QUESTION_PAGES, since, SPELLINGS)), Deliveries.of(outbox.counts()));
    }

    /** Spellings of one question taken together, shown in the most frequent one; most asked first. */
    static List<Stats.Asked> top(List<StatsStore.Asked> spellings) {
        Map<String, Long> times = new HashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (StatsStore.Asked a : spellings) {
            String key = QuestionKey.of(a.query());
            if (key.isEmpty()) continue;
            times.merge(key, a.times(), Long::sum);
            shown.putIfAbsent(key, a.query().strip());
        }
        return shown.entrySet().stream().map(e -> new Stats.Asked(e.getValue(), times.get(e.getKey())))
                .sorted(Comparator.comparingLong(Stats.Asked::times).reversed().thenComparing(Stats.Asked::question))
                .limit(TOP).toList();
    }
}
