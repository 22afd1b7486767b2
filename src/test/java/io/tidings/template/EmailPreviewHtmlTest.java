package io.tidings.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailPreviewHtmlTest {

    private static final String EMAIL = "<p onclick=\"track()\">Hi</p><script>track()</script>"
            + "<img src=\"https://tracker.example.com/open.gif\"><img src=\"//cdn.example.com/a.png\">"
            + "<img src=\"data:image/png;base64,AAAA\">";

    @Test
    void remoteImagesAreHeldBackAndScriptsRemoved() {
        EmailPreviewHtml.Prepared prepared = EmailPreviewHtml.prepare(EMAIL, false);
        assertThat(prepared.blockedImages()).isEqualTo(2);
        assertThat(prepared.html()).doesNotContain(" src=\"https://tracker", "<script", "onclick")
                .contains("data-blocked-src=\"https://tracker.example.com/open.gif\"", "data:image/png;base64,AAAA",
                        "Content-Security-Policy", "img-src data:\"");
    }

    @Test
    void allowedRemoteImagesLoad() {
        EmailPreviewHtml.Prepared prepared = EmailPreviewHtml.prepare(EMAIL, true);
        assertThat(prepared.blockedImages()).isZero();
        assertThat(prepared.html()).contains("src=\"https://tracker.example.com/open.gif\"", "img-src data: http: https:")
                .doesNotContain("<script");
    }
}
