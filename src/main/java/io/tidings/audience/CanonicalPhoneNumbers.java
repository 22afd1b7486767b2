package io.tidings.audience;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Set;

/**
 * Recognises a phone number already written as E.164 ({@code +} and digits only) without
 * libphonenumber's general parser, which looks for extensions, national prefixes and punctuation
 * and takes several microseconds a number: most imported SMS lists are already E.164. The number
 * is built exactly as the parser builds it and accepted only when libphonenumber finds it valid
 * and writes it back unchanged; anything else goes through the general parser.
 */
final class CanonicalPhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<Integer> CALLING_CODES = PHONES.getSupportedCallingCodes();
    /** E.164 allows at most 15 digits, country code included. */
    private static final int MAX_DIGITS = 15;

    private CanonicalPhoneNumbers() {
    }

    /** True when {@code text} is a valid number written exactly as E.164 writes it. */
    static boolean isValidE164(String text) {
        PhoneNumber number = read(text);
        return number != null && PHONES.isValidNumber(number)
                && PHONES.format(number, PhoneNumberFormat.E164).equals(text);
    }

    /** The number {@code text} spells as "+", a calling code and a national number; null when it is not that. */
    static PhoneNumber read(String text) {
        int length = text.length();
        if (length < 3 || length > MAX_DIGITS + 1 || text.charAt(0) != '+') {
            return null;
        }
        for (int index = 1; index < length; index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return null;
            }
        }
        // Calling codes are prefix-free: at most one of the first one, two or three digits is one.
        for (int codeLength = 1; codeLength <= 3 && codeLength < length - 1; codeLength++) {
            int code = Integer.parseInt(text, 1, 1 + codeLength, 10);
            if (CALLING_CODES.contains(code)) {
                return number(code, text.substring(1 + codeLength));
            }
        }
        return null;
    }

    private static PhoneNumber number(int code, String national) {
        PhoneNumber number = new PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong(national));
        // As libphonenumber keeps them: a national number may start with zeros (Italy's landlines).
        if (national.length() > 1 && national.charAt(0) == '0') {
            number.setItalianLeadingZero(true);
            int zeros = 1;
            while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
                zeros++;
            }
            if (zeros != 1) {
                number.setNumberOfLeadingZeros(zeros);
            }
        }
        return number;
    }
}
