package com.nabaa.admin;

import java.util.Locale;

/** What an admin does, as the audit log names it ("announce.send"). */
public enum Action {
    ANNOUNCE_PREVIEW,
    ANNOUNCE_SEND,
    /** A draft dropped before anything was sent, or a broadcast stopped midway. */
    ANNOUNCE_CANCEL,
    STATS,
    FEEDS_LIST,
    FEEDS_ADD,
    FEEDS_REMOVE,
    BREAKING;

    /** The name in the audit log: lower case, a dot between command and step. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
