package io.tidings.segment;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The imported segments an audience import creates or refreshes with exactly the endpoints of its file, written
 * in the import's own transaction. The segment feature owns the segment rows; the import calls this port, which
 * the composition root hands over.
 */
public interface ImportedSegments {

    /**
     * Refuses a name taken by a segment that is not an imported one, before anything is written.
     *
     * @throws IllegalArgumentException naming the segment
     */
    void checkName(Connection connection, String name) throws SQLException;

    /** Creates the imported segment, or empties the one of that name; returns where to add its members. */
    Members refresh(Connection connection, String name, Instant now) throws SQLException;

    /** The members of one imported segment, added in batches; close it with the import's statements. */
    interface Members extends AutoCloseable {

        /** Adds the endpoint to the segment with the next {@link #flush()}; adding it twice keeps it once. */
        void add(long endpointKey) throws SQLException;

        /** Writes the endpoints added since the last flush. */
        void flush() throws SQLException;

        @Override
        void close() throws SQLException;
    }
}
