package com.nabaa.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Versioned schema migrations, applied in order at open; each runs once. */
final class Schema {
    private static final List<String> MIGRATIONS = List.of(
            """
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
            );
            CREATE INDEX articles_seq ON articles(seq);
            CREATE INDEX articles_body_hash ON articles(body_hash);
            CREATE TABLE duplicates (
              url TEXT PRIMARY KEY,
              duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              seen INTEGER NOT NULL
            );
            """,
            // What each input id last said: two inputs for one story (the same page at http and
            // https) would otherwise update each other on every run.
            """
            CREATE TABLE input_versions (
              input_id TEXT PRIMARY KEY,
              article_id TEXT NOT NULL,
              content_hash TEXT NOT NULL
            );
            """);

    private Schema() {
    }

    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int current = 0;
            try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                if (rs.next()) current = rs.getInt(1);
            }
            for (int v = current; v < MIGRATIONS.size(); v++) {
                c.setAutoCommit(false);
                try {
                    for (String sql : MIGRATIONS.get(v).split(";")) {
                        if (!sql.isBlank()) s.execute(sql);
                    }
                    s.execute("INSERT INTO schema_version(version) VALUES (" + (v + 1) + ")");
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        }
    }
}
