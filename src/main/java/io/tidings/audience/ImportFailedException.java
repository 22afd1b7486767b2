package io.tidings.audience;

/**
 * An import that stopped on a malformed file or a store failure. {@link #landed()} says what of
 * it stayed: whole batches only, up to {@link ImportResult#lastLineLanded()}.
 */
public final class ImportFailedException extends IllegalArgumentException {

    private final transient ImportResult landed;

    public ImportFailedException(String message, ImportResult landed, Throwable cause) {
        super(message, cause);
        this.landed = landed;
    }

    public ImportResult landed() {
        return landed;
    }
}
