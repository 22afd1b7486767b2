package io.tidings.channel.accounts;

/**
 * One thing wrong with the channel accounts.
 *
 * @param field where, as a path into the settings JSON such as {@code email.smtp.port}; a Settings screen
 *     shows the message beside that field (or its section, for {@code email.smtp})
 * @param message what is wrong, in the user's words
 */
public record AccountProblem(String field, String message) {

    public String describe() {
        return field + ": " + message;
    }
}
