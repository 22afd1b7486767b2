package io.tidings.work;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Says in plain words why a file the marketer chose cannot be read or written: the JDK's own
 * messages are often just the path ("march.csv") or a decoder's "Input length = 1".
 */
public final class FileErrors {

    private FileErrors() {
    }

    public static String whyUnreadable(Path file, IOException problem) {
        if (problem instanceof NoSuchFileException) {
            return "There is no file at " + file.toAbsolutePath();
        }
        if (Files.isDirectory(file)) {
            return file.toAbsolutePath() + " is a folder, not a file";
        }
        if (problem instanceof AccessDeniedException) {
            return file.toAbsolutePath() + " cannot be read: permission denied";
        }
        if (problem instanceof ZipException) {
            return file.getFileName() + " is a damaged gzip file (" + problem.getMessage() + ")";
        }
        if (problem instanceof EOFException) {
            return file.getFileName() + " ends too soon: it was cut short while it was downloaded or copied";
        }
        if (problem instanceof CharacterCodingException || problem instanceof CharConversionException) {
            return file.getFileName() + " is not UTF-8 text; save it as UTF-8 (in a spreadsheet, as \"CSV UTF-8\")";
        }
        return "Could not read " + file.getFileName() + ": " + problem.getMessage();
    }

    public static String whyUnwritable(Path file, IOException problem) {
        Path folder = file.toAbsolutePath().getParent();
        if (problem instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            return "Cannot write " + file.toAbsolutePath() + ": there is no folder " + folder;
        }
        if (Files.isDirectory(file)) {
            return file.toAbsolutePath() + " is a folder; give the name of a file to write";
        }
        if (problem instanceof AccessDeniedException) {
            return file.toAbsolutePath() + " cannot be written: permission denied";
        }
        return "Could not write " + file.toAbsolutePath() + ": " + problem.getMessage();
    }
}
