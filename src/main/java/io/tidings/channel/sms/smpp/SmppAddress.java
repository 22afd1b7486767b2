package io.tidings.channel.sms.smpp;

import io.tidings.channel.sms.SmsEncoding;
import io.tidings.work.Quote;
import java.util.regex.Pattern;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;

/**
 * An address as SMPP carries it: type of number, numbering plan and the address itself (digits
 * without the {@code +} for international numbers).
 */
record SmppAddress(TypeOfNumber typeOfNumber, NumberingPlanIndicator numberingPlan, String value) {

    static final int MOST_SENDER_ID_CHARACTERS = 11;
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{3,15}");
    /** Numbers this short are short codes; longer ones are international numbers without their +. */
    private static final int LONGEST_SHORT_CODE = 8;

    /**
     * The originating identity of a message: an international number (TON international, NPI ISDN),
     * a short code (TON network specific) or an alphanumeric sender ID (TON alphanumeric).
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static SmppAddress sender(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("is missing.");
        }
        String text = from.strip();
        if (NUMBER.matcher(text).matches()) {
            String digits = text.startsWith("+") ? text.substring(1) : text;
            if (text.startsWith("+") || digits.length() > LONGEST_SHORT_CODE) {
                return new SmppAddress(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, digits);
            }
            return new SmppAddress(TypeOfNumber.NETWORK_SPECIFIC, NumberingPlanIndicator.UNKNOWN, digits);
        }
        if (text.length() > MOST_SENDER_ID_CHARACTERS) {
            throw new IllegalArgumentException(Quote.of(text) + " is neither a phone number nor a sender ID: a sender ID "
                    + "has at most " + MOST_SENDER_ID_CHARACTERS + " characters.");
        }
        if (SmsEncoding.analyse(text).encoding() != SmsEncoding.Encoding.GSM_7 || text.chars().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException(Quote.of(text) + " is not a valid sender ID: use letters, digits and spaces "
                    + "of the GSM alphabet, with at least one letter.");
        }
        return new SmppAddress(TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, text);
    }

    /**
     * The destination of a message: an E.164 number.
     *
     * @throws IllegalArgumentException when the address is not one
     */
    static SmppAddress recipient(String address) {
        String text = address == null ? "" : address.strip();
        if (!E164.matcher(text).matches()) {
            throw new IllegalArgumentException(Quote.of(text) + " is not a phone number in E.164 form (such as +14155550123).");
        }
        return new SmppAddress(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, text.substring(1));
    }

    /** An address the SMSC sent: typed bytes as they came. */
    static SmppAddress received(byte typeOfNumber, byte numberingPlan, String value) {
        return new SmppAddress(typeOrUnknown(typeOfNumber), planOrUnknown(numberingPlan), value == null ? "" : value);
    }

    /**
     * The address as endpoints store it: international numbers (and numbers of unknown type that are
     * long enough to be international) in E.164 with their +; anything else as it came.
     */
    String readable() {
        boolean digits = value.chars().allMatch(Character::isDigit) && !value.isEmpty();
        boolean international = typeOfNumber == TypeOfNumber.INTERNATIONAL
                || typeOfNumber == TypeOfNumber.UNKNOWN && value.length() > LONGEST_SHORT_CODE;
        return digits && international ? "+" + value : value;
    }

    private static TypeOfNumber typeOrUnknown(byte value) {
        try {
            return TypeOfNumber.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return TypeOfNumber.UNKNOWN;
        }
    }

    private static NumberingPlanIndicator planOrUnknown(byte value) {
        try {
            return NumberingPlanIndicator.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return NumberingPlanIndicator.UNKNOWN;
        }
    }
}
