package io.tidings.tracking;

import java.util.function.UnaryOperator;
import org.jsoup.parser.Parser;

/**
 * Rewrites an email's HTML part for tracking: each link to a web page ({@code <a href>}) goes through the click
 * redirect, and an open pixel goes just before the last {@code </body>} (or at the end of a fragment). Links that are
 * not web pages ({@code mailto:}, {@code tel:}, {@code #top}) and links to the tracking server itself (the unsubscribe
 * link) stay as they are, and so does every other character of the markup.
 *
 * <p>Why a scan of the {@code a} tags rather than jsoup's parse and re-serialisation: that cost five times the
 * template's own rendering for each message, and a regular expression still most of it (docs/BENCHMARKS.md,
 * "Tracking"); jsoup also rewrote markup it had no business with (the doctype's case, entities, attribute quotes).
 * Attributes are read as HTML reads them: quoted either way, a quoted value may hold {@code >}, or bare up to a space
 * or {@code >}. jsoup decodes the entities of each link found ({@code &amp;} in a query).
 */
final class LinkRewriter {

    private static final String PIXEL_STYLE = "display:block;border:0;width:1px;height:1px";

    private LinkRewriter() {
    }

    /**
     * @param clickUrl the click URL for a link's target
     * @param ownBase links starting with it are left alone
     * @param pixelUrl the open pixel's URL
     */
    static String rewrite(String html, UnaryOperator<String> clickUrl, String ownBase, String pixelUrl) {
        StringBuilder out = new StringBuilder(html.length() + 512);
        int copied = 0;
        int at = 0;
        int[] value = new int[2];
        while ((at = nextTag(html, at, 'a')) >= 0) {
            at = href(html, at + 2, value);
            if (value[0] < 0) {
                continue;
            }
            boolean quoted = value[0] > 0 && (html.charAt(value[0] - 1) == '"' || html.charAt(value[0] - 1) == '\'');
            String target = Parser.unescapeEntities(html.substring(value[0], value[1]), true).strip();
            if (!WebAddress.isWebAddress(target) || target.startsWith(ownBase)) {
                continue;
            }
            out.append(html, copied, value[0]);
            String tracked = clickUrl.apply(target);
            out.append(quoted ? tracked : "\"" + tracked + "\"");
            copied = value[1];
        }
        int pixelAt = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body");
        if (pixelAt < copied) {
            pixelAt = html.length();
        }
        out.append(html, copied, pixelAt);
        out.append("<img src=\"").append(pixelUrl).append("\" width=\"1\" height=\"1\" alt=\"\" style=\"")
                .append(PIXEL_STYLE).append("\">");
        out.append(html, pixelAt, html.length());
        return out.toString();
    }

    /** Where the next {@code <a } (any case, then a space) starts at or after {@code from}; -1 when none. */
    private static int nextTag(String html, int from, char name) {
        for (int at = html.indexOf('<', from); at >= 0 && at + 2 < html.length(); at = html.indexOf('<', at + 1)) {
            if (Character.toLowerCase(html.charAt(at + 1)) == name && Character.isWhitespace(html.charAt(at + 2))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Reads the attributes of the tag from {@code at} to its {@code >}; puts where its href value starts and ends in
     * {@code value} ({-1, -1} when it has none) and returns where the tag ends.
     */
    private static int href(String html, int at, int[] value) {
        value[0] = -1;
        value[1] = -1;
        int length = html.length();
        int position = at;
        while (position < length) {
            char c = html.charAt(position);
            if (c == '>') {
                return position + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                position++;
                continue;
            }
            int nameStart = position;
            while (position < length && !Character.isWhitespace(html.charAt(position))
                    && "=>/".indexOf(html.charAt(position)) < 0) {
                position++;
            }
            boolean isHref = position - nameStart == 4 && html.regionMatches(true, nameStart, "href", 0, 4);
            int afterName = skipSpaces(html, position);
            if (afterName >= length || html.charAt(afterName) != '=') {
                position = afterName;
                continue;
            }
            int valueStart = skipSpaces(html, afterName + 1);
            int valueEnd;
            if (valueStart < length && (html.charAt(valueStart) == '"' || html.charAt(valueStart) == '\'')) {
                int close = html.indexOf(html.charAt(valueStart), valueStart + 1);
                valueEnd = close < 0 ? length : close;
                position = close < 0 ? length : close + 1;
                valueStart++;
            } else {
                valueEnd = valueStart;
                while (valueEnd < length && !Character.isWhitespace(html.charAt(valueEnd)) && html.charAt(valueEnd) != '>') {
                    valueEnd++;
                }
                position = valueEnd;
            }
            if (isHref && value[0] < 0) {
                value[0] = valueStart;
                value[1] = valueEnd;
            }
        }
        return length;
    }

    private static int skipSpaces(String html, int from) {
        int position = from;
        while (position < html.length() && Character.isWhitespace(html.charAt(position))) {
            position++;
        }
        return position;
    }
}
