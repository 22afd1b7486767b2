package io.tidings.channel.accounts;

/** A setting whose value is wrong, named by its field (a JSON key, relative to its provider's section). */
public final class AccountFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public AccountFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
