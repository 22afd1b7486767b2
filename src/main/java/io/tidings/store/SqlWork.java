package io.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of database work run on a connection that {@link Database} lends for its duration. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
