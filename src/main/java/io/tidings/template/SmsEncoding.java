package io.tidings.template;

/**
 * How an SMS body travels: GSM-7 when every character is in the GSM 03.38 alphabet (characters of
 * its extension table take two septets), UCS-2 otherwise (every UTF-16 unit counts, so an emoji
 * counts two). One part holds 160 GSM-7 septets or 70 UCS-2 units; a longer message is split into
 * parts of 153 or 67, each carrying a concatenation header, and a part never splits an extension
 * character's escape pair or a surrogate pair.
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

    private SmsEncoding() {
    }

    public static Analysis analyse(String body) {
        String text = body == null ? "" : body;
        int characters = text.codePointCount(0, text.length());
        int firstUcs2 = firstNonGsm(text);
        if (firstUcs2 < 0) {
            int length = 0;
            for (int index = 0; index < text.length(); index++) {
                length += septets(text.charAt(index));
            }
            int parts = length <= 160 ? (length == 0 ? 0 : 1) : partsOf(text, 153, true);
            return new Analysis(Encoding.GSM_7, characters, length, parts, parts <= 1 ? 160 : 153, -1, null);
        }
        int length = text.length();
        int parts = length <= 70 ? 1 : partsOf(text, 67, false);
        String culprit = new String(Character.toChars(text.codePointAt(firstUcs2)));
        return new Analysis(Encoding.UCS_2, characters, length, parts, parts <= 1 ? 70 : 67, firstUcs2, culprit);
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

    /** Fills parts greedily, moving a unit that does not fit whole into the next part. */
    private static int partsOf(String text, int capacity, boolean gsm) {
        int parts = 1;
        int used = 0;
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            int cost = gsm ? septets(text.charAt(index)) : Character.charCount(codePoint);
            if (used + cost > capacity) {
                parts++;
                used = 0;
            }
            used += cost;
            index += Character.charCount(codePoint);
        }
        return parts;
    }
}
