package io.tidings.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Says in plain words why a workspace file cannot be read or written: SQLite's own messages ("cannot commit - no
 * transaction is active", "disk I/O error") do not tell a marketer that the disk is full or the file read-only.
 */
public final class SqliteFailures {

    /** Below this much free space the disk counts as full: no write of a workspace would fit. */
    static final long FULL_BELOW_BYTES = 1L << 20;

    private SqliteFailures() {
    }

    /**
     * Why {@code file} cannot be written, in words ("the workspace file … is read-only", "the folder … is
     * read-only", "the disk is full (…)"), or null when it can.
     */
    public static String whyNotWritable(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            return "the workspace file " + absolute + " is read-only";
        }
        if (folder != null && !Files.isWritable(folder)) {
            // SQLite keeps its log (-wal) and its lock (-shm) beside the file, and cannot create them.
            return "the folder " + folder + " is read-only";
        }
        if (freeBytes(absolute) < FULL_BELOW_BYTES) {
            return diskFull(absolute);
        }
        return null;
    }

    /** What {@code failure} on {@code file} means, in words; SQLite's message when nothing better is known. */
    public static String why(SQLException failure, Path file) {
        Path absolute = file.toAbsolutePath();
        int code = primaryCode(failure);
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            // Measured after the write was undone, which gave back what it had taken.
            Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
            return "the disk is full (" + bytes(freeBytes(absolute)) + " free in " + folder
                    + " now, not enough for this change)";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code || code == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || code == SQLiteErrorCode.SQLITE_IOERR.code || code == SQLiteErrorCode.SQLITE_PERM.code) {
            String notWritable = whyNotWritable(absolute);
            if (notWritable != null) {
                return notWritable;
            }
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "the workspace file " + absolute + " is read-only";
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "another program is writing to it; try again when that is done";
        }
        return failure.getMessage();
    }

    /** Whether {@code failure} is SQLite saying the file is not a database, or a damaged one. */
    public static boolean notADatabase(SQLException failure) {
        int code = primaryCode(failure);
        return code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code;
    }

    static String diskFull(Path file) {
        Path folder = file.getParent() == null ? file : file.getParent();
        return "the disk is full (" + bytes(freeBytes(file)) + " free in " + folder + ")";
    }

    private static int primaryCode(SQLException failure) {
        // Extended codes (SQLITE_IOERR_SHMSIZE, SQLITE_READONLY_DIRECTORY) keep their primary code in the low byte.
        int code = failure instanceof SQLiteException sqlite ? sqlite.getResultCode().code : failure.getErrorCode();
        return code & 0xff;
    }

    private static long freeBytes(Path file) {
        Path existing = file;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Files.getFileStore(existing).getUsableSpace();
        } catch (IOException unknown) {
            return Long.MAX_VALUE;
        }
    }

    private static String bytes(long count) {
        if (count < 1024) {
            return count + (count == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = count / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
}
