package io.tidings.channel.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.tidings.work.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A password, auth token or key as the settings hold it: {@code env:NAME} (read from that environment
 * variable when sending), {@code file:PATH} (read from that file when sending), {@code text:VALUE} (the value
 * itself), or any other text, which is the value itself. References keep the secret out of the workspace file;
 * a value kept as it is stays in the workspace file. {@link #toString()} never shows a value.
 */
public record Secret(String reference) {

    private static final String ENVIRONMENT = "env:";
    private static final String FILE = "file:";
    private static final String TEXT = "text:";
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Secret {
        if (reference == null || reference.isEmpty()) {
            throw new IllegalArgumentException("A secret cannot be empty.");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Secret of(String reference) {
        return reference == null || reference.isEmpty() ? null : new Secret(reference);
    }

    public static Secret environment(String variable) {
        return new Secret(ENVIRONMENT + variable);
    }

    @JsonValue
    @Override
    public String reference() {
        return reference;
    }

    /** Whether the value lives outside the workspace (an environment variable or a file). */
    public boolean isReference() {
        return reference.startsWith(ENVIRONMENT) || reference.startsWith(FILE);
    }

    /**
     * Checks the reference's form without reading anything.
     *
     * @throws AccountFieldException naming {@code field} when it cannot name a variable or a file
     */
    public void check(String field) {
        if (reference.startsWith(ENVIRONMENT) && !VARIABLE_NAME.matcher(variable()).matches()) {
            throw new AccountFieldException(field, Quote.of(reference) + " does not name an environment variable "
                    + "(letters, digits and _ after env:).");
        }
        if (reference.startsWith(FILE)) {
            try {
                if (reference.length() == FILE.length()) {
                    throw new InvalidPathException(reference, "no path after file:");
                }
                Path.of(reference.substring(FILE.length()));
            } catch (InvalidPathException e) {
                throw new AccountFieldException(field, Quote.of(reference) + " does not name a file (" + e.getReason() + ").");
            }
        }
    }

    /**
     * The secret's value: the variable's or the file's content (without a final line break), or the text.
     *
     * @param environment reads an environment variable ({@code System::getenv} outside tests)
     * @throws AccountFieldException naming {@code field} when the variable is not set or the file cannot be read
     */
    public String value(String field, UnaryOperator<String> environment) {
        check(field);
        if (reference.startsWith(ENVIRONMENT)) {
            String value = environment.apply(variable());
            if (value == null || value.isEmpty()) {
                throw new AccountFieldException(field, "the environment variable " + variable() + " is not set.");
            }
            return value;
        }
        if (reference.startsWith(FILE)) {
            Path file = Path.of(reference.substring(FILE.length()));
            try {
                return Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
            } catch (NoSuchFileException e) {
                throw new AccountFieldException(field, "there is no file " + file + ".");
            } catch (IOException e) {
                throw new AccountFieldException(field, "cannot read " + file + " (" + e + ").");
            }
        }
        return reference.startsWith(TEXT) ? reference.substring(TEXT.length()) : reference;
    }

    private String variable() {
        return reference.substring(ENVIRONMENT.length());
    }

    /** Shows where a referenced secret comes from, never a value. */
    @Override
    public String toString() {
        return isReference() ? reference : "(kept in the workspace)";
    }
}
