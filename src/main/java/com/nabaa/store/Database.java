package com.nabaa.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The embedded SQLite database file, shared by every thread of a process and by other processes.
 *
 * <p>SQLite in WAL mode allows one writer at a time and any number of readers that never block it.
 * So writes are serialized through one connection ({@link #write}: one transaction, begun
 * {@code IMMEDIATE} so that another process's writer waits on the busy timeout instead of failing
 * half-way), and reads run on connections of their own from a small pool ({@link #read}), from any
 * thread. A database opened {@linkplain #openReadOnly read-only} has no writer at all. Statements
 * are prepared on the connection that runs them and kept for its next use.
 */
public final class Database implements AutoCloseable {
    /** How long a statement waits for another process's write lock before failing. */
    static final int BUSY_TIMEOUT_MS = 30_000;
    /** Read connections kept open; more concurrent readers wait for one. */
    static final int READERS = 8;

    private final Path file;
    private final Optional<Session> writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Session> idleReaders = new ArrayBlockingQueue<>(READERS);
    private final List<Session> allReaders = new ArrayList<>();
    private volatile boolean closed;

    private Database(Path file, Optional<Session> writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Opens (creating if needed) the database for reading and writing, and brings its schema up to date. */
    public static Database open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Session writer = connect(file, false);
        try {
            Schema.migrate(writer);
        } catch (SQLException | RuntimeException e) {
            writer.close();
            throw new IOException("cannot open database " + file + ": " + e.getMessage(), e);
        }
        return new Database(file, Optional.of(writer));
    }

    /**
     * Opens an existing database for reading only: what another process has committed, without ever
     * taking the write lock. A database of an older schema is first upgraded (briefly opened for
     * writing); one of a newer schema than this program knows is refused.
     */
    public static Database openReadOnly(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("no database at " + file);
        Session probe = connect(file, true);
        int version;
        try {
            version = Schema.version(probe);
        } catch (SQLException e) {
            throw new IOException("cannot read database " + file + ": " + e.getMessage(), e);
        } finally {
            probe.close();
        }
        if (version > Schema.CURRENT) {
            throw new IOException("database " + file + " has schema version " + version
                    + ", newer than this Nabaa knows (" + Schema.CURRENT + "); upgrade Nabaa");
        }
        if (version < Schema.CURRENT) open(file).close();
        return new Database(file, Optional.empty());
    }

    private static Session connect(Path file, boolean readOnly) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL in WAL mode is durable across application crashes; only an OS crash can lose
            // the last transactions, which a re-run of the ingest restores.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        try {
            return new Session(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new IOException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Whether this process may write (false for a database opened read-only). */
    public boolean writable() {
        return writer.isPresent();
    }

    /**
     * Runs the work in one write transaction: all of it is stored, or none of it. Writes of all
     * threads take turns; a write may not start another inside it.
     */
    <T> T write(Work<T> work) {
        Session session = writer.orElseThrow(() -> new IllegalStateException("database " + file + " is open read-only"));
        if (writeLock.isHeldByCurrentThread()) throw new IllegalStateException("a write inside a write");
        writeLock.lock();
        try {
            checkOpen();
            return session.inTransaction(work);
        } catch (SQLException e) {
            throw new StoreException("write to " + file + " failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs the work on a read connection of its own: it sees what was committed when each statement ran. */
    <T> T read(Work<T> work) {
        Session session = borrowReader();
        try {
            return work.run(session);
        } catch (SQLException e) {
            throw new StoreException("read from " + file + " failed: " + e.getMessage(), e);
        } finally {
            giveBack(session);
        }
    }

    private Session borrowReader() {
        checkOpen();
        Session session = idleReaders.poll();
        if (session != null) return session;
        synchronized (allReaders) {
            if (allReaders.size() < READERS) {
                try {
                    Session created = connect(file, true);
                    allReaders.add(created);
                    return created;
                } catch (IOException e) {
                    throw new StoreException(e.getMessage(), e);
                }
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection to " + file, e);
        }
    }

    private void giveBack(Session session) {
        if (closed) {
            session.close();
        } else {
            idleReaders.add(session);
        }
    }

    private void checkOpen() {
        if (closed) throw new IllegalStateException("database " + file + " is closed");
    }

    /** Closes every connection; a write in progress finishes first. */
    @Override
    public void close() {
        if (closed) return;
        writeLock.lock();
        try {
            closed = true;
            writer.ifPresent(Session::close);
        } finally {
            writeLock.unlock();
        }
        synchronized (allReaders) {
            // Borrowed readers are closed when they come back.
            for (Session s; (s = idleReaders.poll()) != null; ) s.close();
        }
    }

    /** Database work: statements run on the given session. */
    @FunctionalInterface
    interface Work<T> {
        T run(Session session) throws SQLException;
    }
}
