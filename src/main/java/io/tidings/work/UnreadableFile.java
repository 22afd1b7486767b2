package io.tidings.work;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Says in plain words why a file the marketer chose cannot be read: the JDK's own messages are
 * often just the path ("march.csv") or a decoder's "Input length = 1".
 */
public final class UnreadableFile {

    private UnreadableFile() {
    }

    public static String reason(Path file, IOException problem) {
        if (problem instanceof NoSuchFileException) {
            return "There is no file at " + file.toAbsolutePath();
        }
        if (Files.isDirectory(file)) {
            return file.toAbsolutePath() + " is a folder, not a file";
        }
        if (problem instanceof AccessDeniedException) {
            return file.toAbsolutePath() + " cannot be read: permission denied";
        }
        if (problem instanceof CharacterCodingException) {
            return file.getFileName() + " is not UTF-8 text; save it as UTF-8 (in a spreadsheet, as \"CSV UTF-8\")";
        }
        return "Could not read " + file.getFileName() + ": " + problem.getMessage();
    }
}
