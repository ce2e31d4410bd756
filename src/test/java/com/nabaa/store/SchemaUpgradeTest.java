package com.nabaa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file written by the last release (schema 2, commit 19b9e57: the sample articles plus
 * {@code nabaa-schema2-extra.jsonl}, one of whose articles is a copy of another) is upgraded to
 * the current schema without losing an article, a duplicate or an input version.
 */
class SchemaUpgradeTest {
    private static final String RELEASE_DB = "/store/nabaa-schema2-19b9e57.db";

    @TempDir
    Path dir;

    @Test
    void aDatabaseOfTheLastReleaseIsUpgradedWithEverythingItHeld() throws Exception {
        Path file = copyOfReleaseDatabase();
        List<String> articlesBefore = rows(file, "SELECT id || '|' || seq || '|' || title || '|' || paragraphs FROM articles ORDER BY id");
        List<String> duplicatesBefore = rows(file, "SELECT url || '|' || duplicate_of FROM duplicates ORDER BY url");
        List<String> inputsBefore = rows(file, "SELECT input_id || '|' || article_id || '|' || content_hash FROM input_versions ORDER BY input_id");
        assertThat(rows(file, "SELECT max(version) FROM schema_version")).containsExactly("2");
        assertThat(articlesBefore).hasSize(14);
        assertThat(duplicatesBefore).hasSize(1);
        assertThat(inputsBefore).hasSize(15);

        try (Database db = Database.open(file)) {
            ArticleStore store = new ArticleStore(db);
            assertThat(store.count()).isEqualTo(14);
            assertThat(store.duplicateCount()).isEqualTo(1);
            assertThat(store.maxSeq()).isEqualTo(15);
            assertThat(store.after(0, 100)).hasSize(14)
                    .allSatisfy(s -> assertThat(s.revision()).isEqualTo(1));
            assertThat(store.find("rel-3")).hasValueSatisfying(a -> {
                assertThat(a.title()).isEqualTo("الأهلي يفوز على الزمالك في الدوري");
                assertThat(a.category()).isEqualTo("sport");
            });
            assertThat(new CursorStore(db).position("alerts")).isZero();
        }

        assertThat(rows(file, "SELECT max(version) FROM schema_version")).containsExactly(String.valueOf(Schema.CURRENT));
        assertThat(rows(file, "SELECT id || '|' || seq || '|' || title || '|' || paragraphs FROM articles ORDER BY id"))
                .isEqualTo(articlesBefore);
        assertThat(rows(file, "SELECT url || '|' || duplicate_of FROM duplicates ORDER BY url")).isEqualTo(duplicatesBefore);
        assertThat(rows(file, "SELECT input_id || '|' || article_id || '|' || content_hash FROM input_versions ORDER BY input_id"))
                .isEqualTo(inputsBefore);
    }

    @Test
    void anUpgradedDatabaseTakesNewWritesAfterItsLastSequenceNumber() throws Exception {
        Path file = copyOfReleaseDatabase();
        try (Database db = Database.open(file)) {
            ArticleStore store = new ArticleStore(db);
            store.write(w -> {
                w.upsert(ArticleStoreTest.article("rel-3", "https://release.example/sport/league", "الأهلي يفوز",
                        "فاز الأهلي على الزمالك."), w.nextSeq(), "new-content", "new-body");
                return null;
            });

            assertThat(store.after(15, 10)).singleElement().satisfies(s -> {
                assertThat(s.seq()).isEqualTo(16);
                assertThat(s.isUpdate()).isTrue();
            });
        }
    }

    @Test
    void aReaderOpeningAnOldDatabaseFindsItUpgraded() throws Exception {
        Path file = copyOfReleaseDatabase();

        try (Database db = Database.openReadOnly(file)) {
            assertThat(new ArticleStore(db).count()).isEqualTo(14);
        }
        assertThat(rows(file, "SELECT max(version) FROM schema_version")).containsExactly(String.valueOf(Schema.CURRENT));
    }

    @Test
    void openingTwiceRunsEachMigrationOnce() throws Exception {
        Path file = copyOfReleaseDatabase();
        Database.open(file).close();
        Database.open(file).close();

        assertThat(rows(file, "SELECT version FROM schema_version ORDER BY version"))
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, Schema.CURRENT).mapToObj(String::valueOf)
                        .toArray(String[]::new));
    }

    private Path copyOfReleaseDatabase() throws Exception {
        Path file = dir.resolve("nabaa.db");
        try (InputStream in = getClass().getResourceAsStream(RELEASE_DB)) {
            assertThat(in).as("test resource " + RELEASE_DB).isNotNull();
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> rows(Path file, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
