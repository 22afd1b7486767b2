package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortcut must agree with libphonenumber's own parser on every number it accepts. */
class CanonicalPhoneNumbersTest {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    @Test
    void agreesWithTheParserOnEveryRegionsExampleNumbersAndTheirNeighbours() {
        List<String> checked = new ArrayList<>();
        for (String region : PHONES.getSupportedRegions()) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                addWithNeighbours(PHONES.getExampleNumberForType(region, type), checked);
                addWithNeighbours(PHONES.getInvalidExampleNumber(region), checked);
            }
        }
        for (int callingCode : PHONES.getSupportedGlobalNetworkCallingCodes()) {
            addWithNeighbours(PHONES.getExampleNumberForNonGeoEntity(callingCode), checked);
        }

        assertThat(checked).hasSizeGreaterThan(5_000);
        int validByTheParser = 0;
        int validByTheShortcut = 0;
        for (String text : checked) {
            boolean parserSaysValid = validAndCanonicalByTheParser(text);
            validByTheParser += parserSaysValid ? 1 : 0;
            if (CanonicalPhoneNumbers.isValidE164(text)) {
                // What the shortcut accepts, the parser accepts too, as the very same number.
                validByTheShortcut++;
                assertThat(parserSaysValid).as(text).isTrue();
                assertThat(CanonicalPhoneNumbers.read(text).exactlySameAs(parsed(text))).as(text).isTrue();
            }
        }
        // Refusing is always safe (the parser then decides); the shortcut is there to settle nearly all.
        assertThat(validByTheShortcut).isGreaterThan(validByTheParser * 95 / 100);
    }

    @Test
    void leavesAnythingButPlusAndDigitsToTheParser() {
        for (String text : List.of("14155550132", "+1 415 555 0132", "+1-415-555-0132", "+", "+1", "+0123456789",
                "+99912345678", "+1415555013200000000", "+33 6 12 34 01 14", "tel:+14155550132", "+4407911123456")) {
            assertThat(CanonicalPhoneNumbers.isValidE164(text)).as(text).isFalse();
        }
        assertThat(CanonicalPhoneNumbers.isValidE164("+12015550123")).isTrue();
        assertThat(CanonicalPhoneNumbers.isValidE164("+390612345678")).isTrue(); // Rome: a leading zero kept
    }

    private static void addWithNeighbours(PhoneNumber example, List<String> checked) {
        if (example == null) {
            return;
        }
        String e164 = PHONES.format(example, PhoneNumberFormat.E164);
        checked.add(e164);
        checked.add(e164 + "0");
        checked.add(e164.substring(0, e164.length() - 1));
        char last = e164.charAt(e164.length() - 1);
        checked.add(e164.substring(0, e164.length() - 1) + (char) ('0' + (last - '0' + 5) % 10));
    }

    private static boolean validAndCanonicalByTheParser(String text) {
        PhoneNumber number = parsed(text);
        return number != null && PHONES.isValidNumber(number) && PHONES.format(number, PhoneNumberFormat.E164).equals(text);
    }

    private static PhoneNumber parsed(String text) {
        try {
            return PHONES.parse(text, "ZZ");
        } catch (NumberParseException notANumber) {
            return null;
        }
    }
}
