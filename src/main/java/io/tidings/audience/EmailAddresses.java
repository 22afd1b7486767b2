package io.tidings.audience;

/**
 * The shape an email address must have: something before a single {@code @}, then a domain of at
 * least two dot-separated labels, no white space anywhere, at most 254 characters. It is the
 * pattern {@code [^@\s]+@[^@\s.]+(\.[^@\s.]+)+}, checked without a regular expression: an import
 * checks hundreds of thousands of addresses, and a matcher per address was a tenth of its garbage.
 */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    static boolean isValid(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || address.length() > MAX_LENGTH) {
            return false;
        }
        for (int index = 0; index < at; index++) {
            if (isSpace(address.charAt(index))) {
                return false;
            }
        }
        int dots = 0;
        int labelLength = 0;
        for (int index = at + 1; index < address.length(); index++) {
            char character = address.charAt(index);
            if (character == '@' || isSpace(character)) {
                return false;
            }
            if (character == '.') {
                if (labelLength == 0) {
                    return false;
                }
                dots++;
                labelLength = 0;
            } else {
                labelLength++;
            }
        }
        return dots > 0 && labelLength > 0;
    }

    /** What {@code \s} matches in a Java pattern without Unicode classes. */
    private static boolean isSpace(char character) {
        return character == ' ' || character == '\t' || character == '\n' || character == 0x0B || character == '\f'
                || character == '\r';
    }
}
