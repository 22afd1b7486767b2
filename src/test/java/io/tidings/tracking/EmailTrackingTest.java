package io.tidings.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The engine's HTML part with tracked links and the pixel; nothing changes while tracking is off. */
class EmailTrackingTest {

    private static final String BASE = "https://links.example.com";
    private final TrackingLinks links = new TrackingLinks(() -> new byte[32]);
    private final TrackingBase base = new TrackingBase();
    private final EmailTracking tracking = new EmailTracking(base, links);

    @Test
    void withoutABaseThereIsNoUnsubscribeLinkAndTheHtmlIsSentAsRendered() {
        String html = "<p><a href=\"https://shop.example/\">Shop</a></p>";

        assertThat(tracking.on()).isFalse();
        assertThat(tracking.unsubscribeUrl("5")).isNull();
        assertThat(tracking.tracked("5", html)).isEqualTo(html);
    }

    @Test
    void webLinksGoThroughTheClickRedirectAndThePixelIsAdded() {
        base.set(BASE + "/");
        String html = """
                <p>Hello <a href="https://shop.example/sale?a=1&amp;b=2">Sale</a>,
                <a href="mailto:help@shop.example">write</a>, <a href="#top">top</a>,
                <a href="%s">unsubscribe</a></p>""".formatted(tracking.unsubscribeUrl("5"));

        String tracked = tracking.tracked("5", html);

        Matcher click = Pattern.compile("href=\"" + Pattern.quote(BASE) + "(/t/c/[^\"]+)\"").matcher(tracked);
        assertThat(click.find()).isTrue();
        assertThat(links.verifiedClick(click.group(1)))
                .contains(new TrackingLinks.Click(5, "https://shop.example/sale?a=1&b=2"));
        assertThat(click.find()).as("only the web link is tracked").isFalse();
        assertThat(tracked).contains("href=\"mailto:help@shop.example\"", "href=\"#top\"",
                "href=\"" + BASE + "/u/5/", "<img src=\"" + BASE + "/t/o/5/")
                .doesNotContain("<html", "<body");
        assertThat(tracked).startsWith("<p>Hello ");
    }

    @Test
    void aWholeDocumentStaysAWholeDocumentWithThePixelInItsBody() {
        base.set(BASE);
        String tracked = tracking.tracked("9", "<!DOCTYPE html><html><head><title>Hi</title></head>"
                + "<body><a href=\"http://shop.example/\">Shop</a></body></html>");

        assertThat(tracked).startsWith("<!DOCTYPE html><html><head><title>Hi</title></head><body>")
                .contains(BASE + "/t/c/9/").endsWith("></body></html>");
        assertThat(tracked.indexOf("/t/o/9/")).isGreaterThan(tracked.indexOf("/t/c/9/"));
    }

    @Test
    void everyWayOfWritingAnHrefIsFoundAndTheRestOfTheMarkupIsKept() {
        base.set(BASE);
        String html = "<P CLASS=\"x\"><A title='a > b' HREF='https://one.example/'>1</A> "
                + "<a href=https://two.example/?a=1&amp;b=2>2</a> <a data-href=\"https://no.example/\">3</a> "
                + "<area href=\"https://no.example/\"> <a\nhref = \"https://three.example/\">4</a></P>";

        String tracked = tracking.tracked("3", html);

        Matcher click = Pattern.compile("/t/c/[^\"']+").matcher(tracked);
        java.util.List<String> targets = new java.util.ArrayList<>();
        while (click.find()) {
            targets.add(links.verifiedClick(click.group()).orElseThrow().target());
        }
        assertThat(targets).containsExactly("https://one.example/", "https://two.example/?a=1&b=2",
                "https://three.example/");
        assertThat(tracked).startsWith("<P CLASS=\"x\"><A title='a > b' HREF='" + BASE + "/t/c/3/")
                .contains("data-href=\"https://no.example/\"", "<area href=\"https://no.example/\">")
                .contains("<a\nhref = \"" + BASE + "/t/c/3/");
    }

    @Test
    void theUnsubscribeLinkNamesTheMessageAndVerifies() {
        base.set(BASE);
        String url = tracking.unsubscribeUrl("77");

        assertThat(url).startsWith(BASE + "/u/77/");
        assertThat(links.verifiedUnsubscribe(url.substring(BASE.length()))).hasValue(77);
    }
}
