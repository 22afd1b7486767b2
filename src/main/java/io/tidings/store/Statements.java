package io.tidings.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;

/** Closing the statements a class keeps prepared: every one of them, even when one fails. */
public final class Statements {

    private Statements() {
    }

    /** Closes each statement (null ones are skipped), then throws the first failure, if any. */
    public static void closeAll(Collection<? extends Statement> statements) throws SQLException {
        SQLException failure = null;
        for (Statement statement : statements) {
            try {
                if (statement != null) {
                    statement.close();
                }
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public static void closeAll(Statement... statements) throws SQLException {
        closeAll(Arrays.asList(statements));
    }
}
