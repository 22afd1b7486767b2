package io.tidings.audience;

/** A file the import cannot read on: not UTF-8, not CSV, an unknown header. The message says where. */
public final class ImportFileException extends IllegalArgumentException {

    public ImportFileException(String message) {
        super(message);
    }

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
