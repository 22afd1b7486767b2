package io.tidings.template;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes a rendered email safe to show in the preview: scripts removed, a Content-Security-Policy
 * that allows no scripts, and remote images replaced by a placeholder until the user allows them
 * (loading them would tell the sender the email was opened).
 */
public final class EmailPreviewHtml {

    /** The HTML to show and how many remote images were held back. */
    public record Prepared(String html, int blockedImages) {
    }

    static final String PLACEHOLDER = "data:image/svg+xml;charset=utf-8,"
            + "%3Csvg xmlns='http://www.w3.org/2000/svg' width='120' height='60'%3E"
            + "%3Crect width='120' height='60' fill='%23e8e8e8'/%3E"
            + "%3Ctext x='60' y='35' font-size='11' text-anchor='middle' fill='%23666'%3EImage blocked%3C/text%3E%3C/svg%3E";

    private EmailPreviewHtml() {
    }

    public static Prepared prepare(String html, boolean allowRemoteImages) {
        Document document = Jsoup.parse(html == null ? "" : html);
        document.select("script, iframe, object, embed").remove();
        document.select("*").forEach(element -> element.attributes().asList().stream()
                .filter(attribute -> attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"))
                .map(org.jsoup.nodes.Attribute::getKey).toList().forEach(element::removeAttr));
        int blocked = 0;
        if (!allowRemoteImages) {
            for (Element image : document.select("img[src]")) {
                String source = image.attr("src").strip().toLowerCase(java.util.Locale.ROOT);
                if (source.startsWith("http:") || source.startsWith("https:") || source.startsWith("//")) {
                    image.attr("data-blocked-src", image.attr("src"));
                    image.attr("src", PLACEHOLDER);
                    blocked++;
                }
            }
        }
        String images = allowRemoteImages ? "data: http: https:" : "data:";
        document.head().prependElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src " + images);
        return new Prepared(document.outerHtml(), blocked);
    }
}
