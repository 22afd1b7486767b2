package io.tidings.channel.sms;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * How an SMS body travels: GSM-7 when every character is in the GSM 03.38 alphabet (characters of
 * its extension table take two septets), UCS-2 otherwise (every UTF-16 unit counts, so an emoji
 * counts two). One part holds 160 GSM-7 septets or 70 UCS-2 units; a longer message is split into
 * parts of 153 or 67, each carrying a concatenation header, and a part never splits an extension
 * character's escape pair or a surrogate pair. The SMS channels send the parts {@link #split} cuts,
 * so what the preview counts is what goes out.
 */
public final class SmsEncoding {

    public enum Encoding {
        GSM_7,
        UCS_2
    }

    /**
     * What an SMS body costs.
     *
     * @param length septets (GSM-7) or UTF-16 units (UCS-2)
     * @param firstUcs2Index the index in the body of the first character that forces UCS-2, or -1
     */
    public record Analysis(Encoding encoding, int characters, int length, int parts, int perPart,
            int firstUcs2Index, String firstUcs2Character) {
    }

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";
    /** The code of each {@link #EXTENSION} character after the escape septet 0x1B, in the same order. */
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};
    private static final int ESCAPE = 0x1B;
    private static final int GSM_SINGLE = 160;
    private static final int GSM_PART = 153;
    private static final int UCS2_SINGLE = 70;
    private static final int UCS2_PART = 67;

    private SmsEncoding() {
    }

    public static Analysis analyse(String body) {
        String text = body == null ? "" : body;
        int characters = text.codePointCount(0, text.length());
        int firstUcs2 = firstNonGsm(text);
        int parts = split(text).size();
        if (firstUcs2 < 0) {
            return new Analysis(Encoding.GSM_7, characters, septets(text), parts, parts <= 1 ? GSM_SINGLE : GSM_PART,
                    -1, null);
        }
        String culprit = new String(Character.toChars(text.codePointAt(firstUcs2)));
        return new Analysis(Encoding.UCS_2, characters, text.length(), parts,
                parts <= 1 ? UCS2_SINGLE : UCS2_PART, firstUcs2, culprit);
    }

    /**
     * The body cut into the parts it travels in: none for an empty body, one when it fits a single
     * message, else parts of 153 septets or 67 UTF-16 units.
     */
    public static List<String> split(String body) {
        String text = body == null ? "" : body;
        if (text.isEmpty()) {
            return List.of();
        }
        boolean gsm = firstNonGsm(text) < 0;
        int length = gsm ? septets(text) : text.length();
        if (length <= (gsm ? GSM_SINGLE : UCS2_SINGLE)) {
            return List.of(text);
        }
        return cut(text, gsm ? GSM_PART : UCS2_PART, gsm);
    }

    /**
     * GSM-7 text as unpacked septets, one per byte (the form SMPP's default alphabet carries): an
     * extension character becomes the escape 0x1B and its code.
     *
     * @throws IllegalArgumentException when a character is not in the GSM 03.38 alphabet
     */
    public static byte[] gsmSeptets(String text) {
        ByteArrayOutputStream septets = new ByteArrayOutputStream(text.length());
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            int extension = EXTENSION.indexOf(character);
            if (extension >= 0) {
                septets.write(ESCAPE);
                septets.write(EXTENSION_CODES[extension]);
                continue;
            }
            int basic = BASIC.indexOf(character);
            if (basic < 0) {
                throw new IllegalArgumentException("'" + character + "' is not in the GSM 03.38 alphabet.");
            }
            septets.write(basic);
        }
        return septets.toByteArray();
    }

    /** Unpacked GSM-7 septets back to text; an escape before an unknown code reads as the code's basic character. */
    public static String fromGsmSeptets(byte[] septets, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int index = offset; index < offset + length; index++) {
            int septet = septets[index] & 0x7F;
            if (septet == ESCAPE && index + 1 < offset + length) {
                int code = septets[++index] & 0x7F;
                text.append(extensionCharacter(code));
            } else {
                text.append(BASIC.charAt(septet));
            }
        }
        return text.toString();
    }

    private static char extensionCharacter(int code) {
        for (int index = 0; index < EXTENSION_CODES.length; index++) {
            if (EXTENSION_CODES[index] == code) {
                return EXTENSION.charAt(index);
            }
        }
        return BASIC.charAt(code);
    }

    public static boolean isGsm(int codePoint) {
        return codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT
                && (BASIC.indexOf(codePoint) >= 0 || EXTENSION.indexOf(codePoint) >= 0);
    }

    private static int firstNonGsm(String text) {
        for (int index = 0; index < text.length(); index = text.offsetByCodePoints(index, 1)) {
            if (!isGsm(text.codePointAt(index))) {
                return index;
            }
        }
        return -1;
    }

    private static int septets(char character) {
        return EXTENSION.indexOf(character) >= 0 ? 2 : 1;
    }

    private static int septets(String text) {
        int length = 0;
        for (int index = 0; index < text.length(); index++) {
            length += septets(text.charAt(index));
        }
        return length;
    }

    /** Fills parts greedily, moving a unit that does not fit whole into the next part. */
    private static List<String> cut(String text, int capacity, boolean gsm) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            int cost = gsm ? septets(text.charAt(index)) : Character.charCount(codePoint);
            if (used + cost > capacity) {
                parts.add(text.substring(start, index));
                start = index;
                used = 0;
            }
            used += cost;
            index += Character.charCount(codePoint);
        }
        parts.add(text.substring(start));
        return parts;
    }
}
