package com.nabaa.admin;

import com.nabaa.push.PushMessage;

/**
 * The hook for announcements to a topic's followers, which the subscriptions (push) connect: the
 * newsroom does not know who follows what. Not connected, {@code /announce topic:…} says so.
 */
public interface TopicFollowers {
    /** How many active chats follow {@code topic} now. */
    long count(String topic);

    /**
     * Queues the announcement for every active chat that follows {@code topic}, under the
     * announcement's own outbox key (as {@code Outbox.announce} does), so that
     * {@code Outbox.progress} and {@code Outbox.cancelAnnouncement} see those pushes; returns how
     * many were queued.
     */
    int announce(PushMessage.Announcement announcement, String topic);
}
