package io.tidings.tracking;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites an email's HTML part for tracking: each link to a web page goes through the click redirect, and an open
 * pixel goes at the end of the body. Links that are not web pages ({@code mailto:}, {@code tel:}, {@code #top}) and
 * links to the tracking server itself (the unsubscribe link) stay as they are. A whole document stays a whole
 * document and a fragment a fragment; the rest of the markup is kept as written (no pretty-printing).
 */
final class LinkRewriter {

    private LinkRewriter() {
    }

    /**
     * @param clickUrl the click URL for a link's target
     * @param ownBase links starting with it are left alone
     * @param pixelUrl the open pixel's URL
     */
    static String rewrite(String html, UnaryOperator<String> clickUrl, String ownBase, String pixelUrl) {
        boolean wholeDocument = html.toLowerCase(Locale.ROOT).contains("<html");
        Document document = wholeDocument ? Jsoup.parse(html) : Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element link : document.select("a[href]")) {
            String target = link.attr("href").strip();
            if (WebAddress.isWebAddress(target) && !target.startsWith(ownBase)) {
                link.attr("href", clickUrl.apply(target));
            }
        }
        document.body().appendElement("img").attr("src", pixelUrl).attr("width", "1").attr("height", "1")
                .attr("alt", "").attr("style", "display:block;border:0;width:1px;height:1px");
        return wholeDocument ? document.outerHtml() : document.body().html();
    }
}
