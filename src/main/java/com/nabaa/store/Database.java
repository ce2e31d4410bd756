package com.nabaa.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded SQLite database file: articles now, subscribers and deliveries later. Opens one
 * connection in WAL mode and brings the schema up to date. Not thread-safe: one owner uses it.
 */
public final class Database implements AutoCloseable {
    private final Connection connection;
    private final Path file;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Database open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode is durable across application crashes; only an OS crash can
                // lose the last transactions, which a re-run of the ingest restores.
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
            }
            Schema.migrate(c);
            return new Database(file, c);
        } catch (SQLException e) {
            throw new IOException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    /** Runs the work in one transaction: all of it is stored, or none of it. */
    public void inTransaction(SqlWork work) throws IOException {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed on " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException("cannot close database " + file, e);
        }
    }

    /** A unit of work run inside a transaction. */
    @FunctionalInterface
    public interface SqlWork {
        void run() throws SQLException, IOException;
    }
}
