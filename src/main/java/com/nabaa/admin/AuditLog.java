package com.nabaa.admin;

import com.nabaa.store.AuditStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit log: who did what, with which arguments, when, and how it went. A refused
 * attempt is logged at INFO too, without what was typed (a reader's message is not the log's).
 */
final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    static final String OK = "ok";
    static final String REFUSED = "refused";

    private final AuditStore store;
    private final Clock clock;

    AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void record(long userId, long chatId, Action action, String arguments, String outcome) {
        store.record(new AuditStore.Entry(clock.instant(), userId, chatId, action.code(), arguments, outcome));
    }

    void refused(long userId, long chatId, Action action) {
        LOG.info("refused {} to user {} in chat {}: not an admin", action.code(), userId, chatId);
        record(userId, chatId, action, "", REFUSED);
    }
}
