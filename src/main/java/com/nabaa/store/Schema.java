package com.nabaa.store;

import java.sql.SQLException;
import java.util.List;

/**
 * Versioned schema migrations, applied in order when a database is opened for writing; each runs
 * once, in its own transaction with the version it brings. Version N is {@code MIGRATIONS.get(N-1)}:
 * a list of statements. A released version is never edited: a change is a new version.
 */
final class Schema {
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of("""
                    CREATE TABLE articles (
                      id TEXT PRIMARY KEY,
                      seq INTEGER NOT NULL,
                      url TEXT NOT NULL,
                      canonical_url TEXT NOT NULL UNIQUE,
                      title TEXT NOT NULL,
                      published INTEGER,
                      paragraphs TEXT NOT NULL,
                      source TEXT NOT NULL,
                      category TEXT NOT NULL,
                      language TEXT NOT NULL,
                      breaking INTEGER NOT NULL,
                      lead_image TEXT,
                      content_hash TEXT NOT NULL,
                      body_hash TEXT NOT NULL,
                      first_seen INTEGER NOT NULL,
                      updated INTEGER NOT NULL
                    )""",
                    "CREATE INDEX articles_seq ON articles(seq)",
                    "CREATE INDEX articles_body_hash ON articles(body_hash)",
                    """
                    CREATE TABLE duplicates (
                      url TEXT PRIMARY KEY,
                      duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      seen INTEGER NOT NULL
                    )"""),
            // What each input id last said: two inputs for one story (the same page at http and
            // https) would otherwise update each other on every run.
            List.of("""
                    CREATE TABLE input_versions (
                      input_id TEXT PRIMARY KEY,
                      article_id TEXT NOT NULL,
                      content_hash TEXT NOT NULL
                    )"""),
            // Consumers of the article sequence (the index keeps its position in its own commits;
            // alerts and others here), and each article's revision so that a consumer can tell an
            // update from a new story.
            List.of("ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
                    """
                    CREATE TABLE cursors (
                      name TEXT PRIMARY KEY,
                      seq INTEGER NOT NULL,
                      updated INTEGER NOT NULL
                    )"""),
            // The conversation: chats, the answer pages buttons and replies come back to (kept a
            // few days), which message shows which page, the readers' votes (kept with a copy of
            // what they voted on, so they outlive the pages), and stories shared by deep link.
            List.of("""
                    CREATE TABLE chats (
                      id INTEGER PRIMARY KEY,
                      kind TEXT NOT NULL,
                      language TEXT,
                      settings TEXT NOT NULL DEFAULT '{}',
                      active INTEGER NOT NULL DEFAULT 1,
                      first_seen INTEGER NOT NULL,
                      last_seen INTEGER NOT NULL,
                      context_page INTEGER,
                      context_at INTEGER
                    )""",
                    """
                    CREATE TABLE answer_pages (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      chat_id INTEGER NOT NULL,
                      kind TEXT NOT NULL,
                      query TEXT NOT NULL,
                      asked_at TEXT NOT NULL,
                      page_offset INTEGER NOT NULL,
                      page_size INTEGER NOT NULL,
                      language TEXT NOT NULL,
                      topic TEXT NOT NULL,
                      stories TEXT NOT NULL,
                      created INTEGER NOT NULL
                    )""",
                    "CREATE INDEX answer_pages_created ON answer_pages(created)",
                    """
                    CREATE TABLE sent_messages (
                      chat_id INTEGER NOT NULL,
                      message_id INTEGER NOT NULL,
                      page_id INTEGER NOT NULL,
                      sent INTEGER NOT NULL,
                      PRIMARY KEY (chat_id, message_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX sent_messages_sent ON sent_messages(sent)",
                    """
                    CREATE TABLE feedback (
                      page_id INTEGER NOT NULL,
                      user_id INTEGER NOT NULL,
                      chat_id INTEGER NOT NULL,
                      vote INTEGER NOT NULL,
                      query TEXT NOT NULL,
                      stories TEXT NOT NULL,
                      at INTEGER NOT NULL,
                      PRIMARY KEY (page_id, user_id)
                    )""",
                    """
                    CREATE TABLE shared_stories (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      article_ids TEXT NOT NULL UNIQUE,
                      created INTEGER NOT NULL
                    )"""),
            // The durable outbox: every push to a chat is recorded before it is sent and marked after,
            // once per (chat, key); and the chats an announcement goes to are found by an index.
            List.of("""
                    CREATE TABLE outbox (
                      id INTEGER PRIMARY KEY,
                      chat_id INTEGER NOT NULL,
                      key TEXT NOT NULL,
                      payload TEXT NOT NULL,
                      priority INTEGER NOT NULL,
                      silent INTEGER NOT NULL,
                      not_before INTEGER NOT NULL,
                      state TEXT NOT NULL,
                      attempts INTEGER NOT NULL DEFAULT 0,
                      message_id INTEGER,
                      error TEXT,
                      created INTEGER NOT NULL,
                      updated INTEGER NOT NULL,
                      UNIQUE (chat_id, key)
                    )""",
                    "CREATE INDEX outbox_due ON outbox(priority, not_before, id) WHERE state = 'PENDING'",
                    "CREATE INDEX outbox_key ON outbox(key, state)",
                    "CREATE INDEX chats_active ON chats(active, language)"),
            // The feeds a server polls, from its feed list (origin 'configured') or added by an admin
            // ('admin'): the operator's hints, the validators of the last 200 response (for
            // conditional requests), when the next poll is due, and the feed's health.
            List.of("""
                    CREATE TABLE feeds (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      url TEXT NOT NULL UNIQUE,
                      interval_ms INTEGER NOT NULL,
                      name TEXT,
                      section TEXT,
                      breaking_category TEXT,
                      origin TEXT NOT NULL,
                      enabled INTEGER NOT NULL DEFAULT 1,
                      disabled_reason TEXT,
                      etag TEXT,
                      last_modified TEXT,
                      last_poll INTEGER,
                      last_success INTEGER,
                      last_error_at INTEGER,
                      last_error TEXT,
                      failures INTEGER NOT NULL DEFAULT 0,
                      next_poll INTEGER NOT NULL,
                      articles_taken INTEGER NOT NULL DEFAULT 0,
                      added INTEGER NOT NULL
                    )"""),
            // The newsroom: admins' announcements (a draft until sent, then followed until every
            // chat has it), the audit of every admin action and refused attempt, and an admin's
            // breaking mark, which an outlet's next edit of the article does not undo.
            List.of("""
                    CREATE TABLE announcements (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      author INTEGER NOT NULL,
                      chat_id INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      segment TEXT NOT NULL,
                      language TEXT NOT NULL,
                      state TEXT NOT NULL,
                      message_id INTEGER,
                      reach INTEGER,
                      created INTEGER NOT NULL,
                      sent INTEGER,
                      finished INTEGER
                    )""",
                    "CREATE INDEX announcements_following ON announcements(state) WHERE finished IS NULL",
                    """
                    CREATE TABLE audit (
                      id INTEGER PRIMARY KEY,
                      at INTEGER NOT NULL,
                      user_id INTEGER NOT NULL,
                      chat_id INTEGER NOT NULL,
                      action TEXT NOT NULL,
                      arguments TEXT NOT NULL,
                      outcome TEXT NOT NULL
                    )""",
                    "CREATE INDEX audit_at ON audit(at)",
                    "ALTER TABLE articles ADD COLUMN marked_breaking INTEGER NOT NULL DEFAULT 0"),
            // Subscriptions and topic alerts: a chat's breaking-news subscription and preferences (one
            // row per chat, columns rather than the chats' settings JSON so that breaking subscribers
            // and due digests are found by an index), the topics it follows, the recent stories that
            // give one alert per story however many outlets report it, and the stories a digest reader
            // collects until the digest hour.
            List.of("""
                    CREATE TABLE subscriptions (
                      chat_id INTEGER PRIMARY KEY,
                      breaking INTEGER NOT NULL DEFAULT 0,
                      breaking_since INTEGER,
                      delivery TEXT NOT NULL DEFAULT 'instant',
                      digest_hour INTEGER NOT NULL DEFAULT 8,
                      quiet_from INTEGER,
                      quiet_to INTEGER,
                      quiet_mode TEXT NOT NULL DEFAULT 'silent',
                      zone TEXT NOT NULL,
                      next_digest INTEGER,
                      updated INTEGER NOT NULL
                    )""",
                    "CREATE INDEX subscriptions_breaking ON subscriptions(chat_id) WHERE breaking = 1",
                    "CREATE INDEX subscriptions_digest ON subscriptions(next_digest) WHERE delivery = 'digest'",
                    """
                    CREATE TABLE topics (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      chat_id INTEGER NOT NULL,
                      typed TEXT NOT NULL,
                      words TEXT NOT NULL,
                      exclusions TEXT NOT NULL,
                      section TEXT,
                      source TEXT,
                      created INTEGER NOT NULL,
                      UNIQUE (chat_id, typed)
                    )""",
                    """
                    CREATE TABLE alert_stories (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      first_article TEXT NOT NULL,
                      headline_terms TEXT NOT NULL,
                      published INTEGER NOT NULL,
                      sources TEXT NOT NULL,
                      created INTEGER NOT NULL
                    )""",
                    "CREATE INDEX alert_stories_published ON alert_stories(published)",
                    """
                    CREATE TABLE digest_items (
                      chat_id INTEGER NOT NULL,
                      story_id INTEGER NOT NULL,
                      alert TEXT NOT NULL,
                      added INTEGER NOT NULL,
                      PRIMARY KEY (chat_id, story_id)
                    ) WITHOUT ROWID"""),
            // Each article's lead key (the first letters of its lead, after a wire dateline, as the
            // ingest computes it), so that the index can tell another story's teaser at the foot of a
            // page: NULL until computed (ArticleStore#fillLeadKeys) and after each write, '' for none.
            List.of("ALTER TABLE articles ADD COLUMN lead_key TEXT",
                    "CREATE INDEX articles_lead_key ON articles(lead_key, source)"));

    /** The schema version this program writes. */
    static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    static void migrate(Session s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        for (int v = version(s); v < CURRENT; v++) {
            List<String> statements = MIGRATIONS.get(v);
            int next = v + 1;
            s.inTransaction(session -> {
                // Another process may have migrated since we looked: each version runs once.
                if (version(session) >= next) return null;
                for (String sql : statements) session.execute(sql);
                session.update("INSERT INTO schema_version(version) VALUES (?)", next);
                return null;
            });
        }
    }

    /** The database's schema version: 0 for a new file. */
    static int version(Session s) throws SQLException {
        if (s.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") == 0) {
            return 0;
        }
        return (int) s.scalar("SELECT coalesce(max(version), 0) FROM schema_version");
    }
}
