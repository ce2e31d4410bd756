package com.nabaa.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The newsroom's numbers at a glance ({@code /stats}).
 *
 * @param readers       private chats ever seen: the people who wrote to the bot
 * @param activeChats   chats of any kind that can be reached
 * @param groups        groups and channels among them
 * @param subscriptions subscriptions and topics, when the subscriptions are connected
 * @param today         the readers' day the numbers end on
 * @param days          how many days the question counts cover, today included
 * @param questionsToday questions asked today
 * @param questions     questions asked in those days
 * @param unanswered    of those, the answers that showed no story
 * @param top           the most asked questions in those days, spellings taken together, most first
 * @param deliveries    every push (alerts, digests, announcements) by how far it got
 */
public record Stats(long readers, long activeChats, long groups, Optional<SubscriptionCounts.Counts> subscriptions,
                    LocalDate today, int days, long questionsToday, long questions, long unanswered, List<Asked> top,
                    Deliveries deliveries) {
    public Stats {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(today, "today");
        top = List.copyOf(top);
        Objects.requireNonNull(deliveries, "deliveries");
    }

    /** A question and how often it was asked; {@code question} is its most frequent spelling. */
    public record Asked(String question, long times) {
        public Asked {
            Objects.requireNonNull(question, "question");
        }
    }

    /** The share of questions that found no story, in whole percent (0 without questions). */
    public int unansweredPercent() {
        return questions == 0 ? 0 : (int) Math.round(100.0 * unanswered / questions);
    }
}
