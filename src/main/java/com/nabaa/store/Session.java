package com.nabaa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection and the statements prepared on it. Used by one thread at a time: the
 * {@link Database} hands it out for one piece of work.
 */
final class Session {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Session(Connection connection) {
        this.connection = connection;
    }

    /** The statement for this SQL, prepared on this connection the first time it is asked for. */
    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    /** A single number: the first column of the first row, 0 when there is no row. */
    long scalar(String sql, Object... args) throws SQLException {
        PreparedStatement ps = statement(sql);
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Runs a statement that changes rows; returns how many. */
    int update(String sql, Object... args) throws SQLException {
        PreparedStatement ps = statement(sql);
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        return ps.executeUpdate();
    }

    /** Runs DDL or other one-off SQL. */
    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    <T> T inTransaction(Database.Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(this);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    void close() {
        try {
            for (PreparedStatement ps : statements.values()) ps.close();
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            // Closing can only fail on a connection that is already broken; nothing is lost.
            throw new StoreException("cannot close a database connection: " + e.getMessage(), e);
        }
    }
}
