package io.tidings.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * One workspace's SQLite file: a single writer connection and a small pool of readers.
 *
 * <p>SQLite in WAL mode lets readers run while one writer writes. Writes are serialised here
 * rather than left to fight over the file lock, and each runs in one {@code BEGIN IMMEDIATE}
 * transaction, so that a failure leaves nothing half-written. Readers are read-only connections,
 * so a bug in a read path cannot change the workspace. A caller with the workspace to itself can
 * write through the rollback journal instead ({@link #writeAlone}).
 */
public final class Database implements AutoCloseable {

    /** Tidings' mark in the SQLite header ({@code PRAGMA application_id}): "TIDG". */
    public static final int APPLICATION_ID = 0x54494447;

    /**
     * Pages of 16 KiB rather than SQLite's 4 KiB: a million-endpoint import writes about a tenth
     * faster and segment counts scan faster; 64 KiB gained nothing more and made small writes
     * (an outbox job's ledger) twice as slow (docs/BENCHMARKS.md).
     */
    static final int PAGE_SIZE = 16_384;

    private static final long WAL_SIZE_LIMIT_BYTES = 64L << 20;
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** Helper threads SQLite may start for one sort: one per core beyond the writer's, up to SQLite's default cap. */
    private static final int SORT_THREADS = Math.min(8, Runtime.getRuntime().availableProcessors() - 1);

    private final Path file;
    /** Null when the file is open read-only. */
    private final Connection writer;
    /** Why the file is open read-only, in words; null when it can be written. */
    private final String readOnly;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Semaphore readerPermits = new Semaphore(READERS, true);
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    /** The thread running {@link #writeAlone}, while it runs. */
    private volatile Thread aloneWriter;
    private volatile boolean closed;

    private Database(Path file, Connection writer, String readOnly) {
        this.file = file;
        this.writer = writer;
        this.readOnly = readOnly;
    }

    /** Opens (or creates) the SQLite file read-write with Tidings' settings. */
    public static Database open(Path file) {
        Connection writer = null;
        try {
            writer = connect(file, false);
            try (var statement = writer.createStatement()) {
                // Only a new, empty file takes it: an existing one keeps the page size it was written with.
                statement.execute("PRAGMA page_size = " + PAGE_SIZE);
                statement.execute("PRAGMA journal_mode = WAL");
                // Without a limit the WAL keeps the size of the largest write (a million-endpoint import: about
                // 370 MB) on disk for as long as the workspace is open; with it, a checkpoint cuts it back.
                statement.execute("PRAGMA journal_size_limit = " + WAL_SIZE_LIMIT_BYTES);
                // Large sorts (building an import's indexes) may use the other cores, which the import's reader
                // has left idle by then.
                statement.execute("PRAGMA threads = " + SORT_THREADS);
            }
            return new Database(file, writer, null);
        } catch (SQLException e) {
            if (writer != null) {
                closeQuietly(writer);
            }
            if (e.getErrorCode() == SQLiteErrorCode.SQLITE_BUSY.code) {
                // A command-line import that has the file to itself (writeAlone) holds it until it commits.
                throw new StoreException("Could not open " + file.getFileName() + ": another program is writing to it"
                        + " (a command-line import, say); open it again when that is done", e);
            }
            throw new StoreException("Could not open " + file + ": " + SqliteFailures.why(e, file), e);
        }
    }

    /**
     * Opens an existing file only to read it, because it cannot be written ({@code why}, in words, which every
     * write then answers with). Its readers connect through {@link #readOnlyConnection}.
     */
    public static Database openReadOnly(Path file, String why) {
        return new Database(file, null, why);
    }

    /**
     * A connection that only reads {@code file}, which this process cannot write. With an empty or no log it reads
     * the file as unchangeable ({@code immutable}): SQLite then creates no -wal or -shm beside it, which would stay
     * behind (and a -shm made by one user can stop another from opening the file). A log with changes in it must be
     * read too, through its -shm.
     */
    public static Connection readOnlyConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        Path log = Path.of(file.toAbsolutePath() + "-wal");
        String mode = hasContent(log) ? "mode=ro" : "immutable=1";
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?" + mode);
    }

    private static boolean hasContent(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException unknown) {
            return true;
        }
    }

    /** Why the file is open read-only, in words; empty when it can be written. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnly);
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // The writer sorts in temporary files: SQLite gives a sort helper threads only then (PRAGMA threads),
        // and building a million endpoints' indexes alone took 1.5 s instead of 2.3 s or more in memory.
        config.setTempStore(readOnly ? SQLiteConfig.TempStore.MEMORY : SQLiteConfig.TempStore.FILE);
        config.setCacheSize(-64_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (readOnly) {
            config.setReadOnly(true);
        }
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one write transaction: committed when it returns, rolled back when it
     * throws. Writers wait for one another.
     */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureWritable();
            T result;
            try {
                // Between writes the connection stays in autocommit, holding no lock: the driver begins the
                // next transaction as soon as one commits, which would keep every other process (a command
                // line import while the app is open, say) from writing to the workspace at all.
                writer.setAutoCommit(false);
                result = work.run(writer);
                writer.commit();
            } catch (SQLException e) {
                StoreException failure = new StoreException(cannotSave(SqliteFailures.why(e, file)), e);
                abandonTransaction(failure);
                throw failure;
            } catch (RuntimeException | Error e) {
                abandonTransaction(e);
                throw e;
            }
            endTransaction();
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    private String cannotSave(String why) {
        return "Could not save to the workspace " + file.getFileName() + ": " + why;
    }

    /**
     * Runs {@code work} as {@link #write} does, but with SQLite's rollback journal in place of the
     * WAL when no other connection, of this process or of another, has the file open: a large load
     * then writes each page once, into the file, instead of into the WAL and again when the WAL is
     * copied back at the commit (measured: docs/BENCHMARKS.md, "Audience import"). Reads through
     * this Database wait until it ends, so it is for a caller that has the workspace to itself, such
     * as the command line; {@code work} must not read through this Database (it has the write's
     * connection). When the file is in use, this is an ordinary write.
     */
    public <T> T writeAlone(SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureWritable();
            if (!readerPermits.tryAcquire(READERS)) {
                return write(work);
            }
            try {
                closeIdleReaders();
                if (!switchJournal("DELETE", 0)) {
                    return write(work);
                }
                aloneWriter = Thread.currentThread();
                try {
                    return write(work);
                } finally {
                    aloneWriter = null;
                    // Should another process have opened the file meanwhile and hold it past the busy timeout, the
                    // file stays in rollback-journal mode, which is as safe; the next open puts it back in WAL mode.
                    switchJournal("WAL", BUSY_TIMEOUT_MILLIS);
                }
            } finally {
                readerPermits.release(READERS);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Gives back the disk space of a large write's WAL at once, when no reader is using it;
     * otherwise leaves it to the size limit, which cuts it back at the next write. Call after a
     * write of many pages, such as an import.
     */
    public void trimLog() {
        writeLock.lock();
        try {
            ensureOpen();
            if (readOnly != null) {
                return;
            }
            try (var statement = writer.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 0");
                try {
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } finally {
                    statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
                }
            } catch (SQLException busy) {
                // A reader holds the log: the size limit trims it at the next write instead.
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Sets the writer's journal mode, waiting at most {@code waitMillis} for other connections;
     * false when the file stays as it was. The rollback journal is synced in full at each commit
     * (with NORMAL, a power cut at the wrong moment could damage a file in that mode); the WAL
     * needs only NORMAL.
     */
    private boolean switchJournal(String mode, int waitMillis) {
        try (var statement = writer.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + waitMillis);
            try (var result = statement.executeQuery("PRAGMA journal_mode = " + mode)) {
                boolean switched = result.next() && mode.equalsIgnoreCase(result.getString(1));
                if (switched) {
                    statement.execute("PRAGMA synchronous = " + (mode.equals("WAL") ? "NORMAL" : "FULL"));
                }
                return switched;
            } finally {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            }
        } catch (SQLException inUse) {
            return false;
        }
    }

    private void closeIdleReaders() {
        synchronized (idleReaders) {
            idleReaders.forEach(Database::closeQuietly);
            idleReaders.clear();
        }
    }

    /** Runs {@code work} on a read-only connection that sees one consistent snapshot. */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        if (aloneWriter == Thread.currentThread()) {
            throw new IllegalStateException("A read inside writeAlone would wait for itself: use the write's connection");
        }
        readerPermits.acquireUninterruptibly();
        Connection reader = null;
        try {
            reader = borrowReader();
            reader.setAutoCommit(false);
            try {
                return work.run(reader);
            } finally {
                reader.rollback();
                reader.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the workspace " + file.getFileName() + ": "
                    + SqliteFailures.why(e, file), e);
        } finally {
            if (reader != null) {
                returnReader(reader);
            }
            readerPermits.release();
        }
    }

    private Connection borrowReader() throws SQLException {
        synchronized (idleReaders) {
            Connection idle = idleReaders.pollFirst();
            if (idle != null) {
                return idle;
            }
        }
        return readOnly != null ? readOnlyConnection(file) : connect(file, true);
    }

    private void returnReader(Connection reader) {
        synchronized (idleReaders) {
            if (!closed) {
                idleReaders.addFirst(reader);
                return;
            }
        }
        closeQuietly(reader);
    }

    /**
     * Rolls back after {@code cause} and leaves the connection in autocommit. Either may fail too (SQLite rolls a
     * transaction back itself when the disk is full, so there is nothing left to roll back or end): such a second
     * failure is added to {@code cause}, which stays the one reported.
     */
    private void abandonTransaction(Throwable cause) {
        try {
            writer.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
        try {
            writer.setAutoCommit(true);
        } catch (SQLException endFailure) {
            cause.addSuppressed(endFailure);
        }
    }

    private void endTransaction() {
        try {
            writer.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("Could not finish a write to the workspace " + file.getFileName() + ": "
                    + SqliteFailures.why(e, file), e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The workspace " + file.getFileName() + " is closed");
        }
    }

    /** Throws the reason, in words, when the file is open read-only; for work that must not begin then. */
    public void ensureWritable() {
        ensureOpen();
        if (readOnly != null) {
            throw new StoreException(cannotSave(readOnly) + ", so Tidings opened it only for reading.", null);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeIdleReaders();
            if (writer == null) {
                return;
            }
            try (var statement = writer.createStatement()) {
                statement.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // Optimising on close is a courtesy; the data is already committed.
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing useful can be done about a connection that fails to close.
        }
    }
}
