package io.tidings.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Signed tracking paths verify as made, and no changed, cut, moved or forged path verifies. */
class TrackingLinksTest {

    private final byte[] secret = new byte[32];
    private final TrackingLinks links;

    TrackingLinksTest() {
        Arrays.fill(secret, (byte) 7);
        links = new TrackingLinks(() -> secret);
    }

    @Test
    void eachLinkVerifiesAsItWasMade() {
        assertThat(links.verifiedOpen(links.openPath(42))).hasValue(42);
        assertThat(links.verifiedUnsubscribe(links.unsubscribePath(42))).hasValue(42);
        assertThat(links.verifiedClick(links.clickPath(42, "https://shop.example/sale?utm=spring#top")))
                .contains(new TrackingLinks.Click(42, "https://shop.example/sale?utm=spring#top"));
    }

    @Test
    void aLinkMovedToAnotherMessageDoesNotVerify() {
        String open = links.openPath(42);
        String click = links.clickPath(42, "https://shop.example/");
        String unsubscribe = links.unsubscribePath(42);

        assertThat(links.verifiedOpen(open.replace("/42/", "/43/"))).isEmpty();
        assertThat(links.verifiedClick(click.replace("/42/", "/43/"))).isEmpty();
        assertThat(links.verifiedUnsubscribe(unsubscribe.replace("/42/", "/43/"))).isEmpty();
        assertThat(links.verifiedOpen(open.replace("/42/", "/042/"))).isEmpty();
    }

    @Test
    void aSignatureMadeForOnePurposeDoesNotServeAnother() {
        String openSignature = links.openPath(42).replaceAll(".*/([^/]+)\\.gif$", "$1");

        assertThat(links.verifiedUnsubscribe(TrackingLinks.UNSUBSCRIBE + "42/" + openSignature)).isEmpty();
    }

    @Test
    void anAlteredOrTruncatedSignatureDoesNotVerify() {
        String unsubscribe = links.unsubscribePath(42);
        char last = unsubscribe.charAt(unsubscribe.length() - 1);
        String altered = unsubscribe.substring(0, unsubscribe.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(links.verifiedUnsubscribe(altered)).isEmpty();
        assertThat(links.verifiedUnsubscribe(unsubscribe.substring(0, unsubscribe.length() - 1))).isEmpty();
        assertThat(links.verifiedUnsubscribe(unsubscribe + "A")).isEmpty();
        assertThat(links.verifiedUnsubscribe(unsubscribe + "/")).isEmpty();
        assertThat(links.verifiedOpen(links.openPath(42).replace(".gif", ".png"))).isEmpty();
        assertThat(links.verifiedUnsubscribe(TrackingLinks.UNSUBSCRIBE + "42")).isEmpty();
    }

    @Test
    void aClickCannotBeSentSomewhereElse() {
        String click = links.clickPath(42, "https://shop.example/sale");
        String[] parts = click.split("/");
        String elsewhere = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("https://evil.example/".getBytes(StandardCharsets.UTF_8));

        assertThat(links.verifiedClick(click.replace(parts[4], elsewhere))).isEmpty();
        assertThat(links.verifiedClick(click.replace(parts[4], "not base64!"))).isEmpty();
        assertThat(links.verifiedClick(click.replace(parts[4], ""))).isEmpty();
    }

    @Test
    void aSignedLinkToSomethingOtherThanAWebPageIsNotFollowed() {
        assertThat(links.verifiedClick(links.clickPath(42, "javascript:alert(1)"))).isEmpty();
        assertThat(links.verifiedClick(links.clickPath(42, "//evil.example/"))).isEmpty();
    }

    @Test
    void anotherWorkspacesKeyVerifiesNothing() {
        byte[] other = new byte[32];
        TrackingLinks otherWorkspace = new TrackingLinks(() -> other);

        assertThat(otherWorkspace.verifiedOpen(links.openPath(42))).isEqualTo(OptionalLong.empty());
        assertThat(otherWorkspace.verifiedClick(links.clickPath(42, "https://shop.example/"))).isEqualTo(Optional.empty());
    }

    @Test
    void garbageIsRefusedWithoutAFailure() {
        for (String path : new String[] {"", "/", "/t/o/", "/t/o/.gif", "/t/o/abc/def.gif", "/t/c/1/2/3/4",
                "/u/99999999999999999999/AAAAAAAAAAAAAAAAAAAAAA", "/u/-1/AAAAAAAAAAAAAAAAAAAAAA", "/t/c///"}) {
            assertThat(links.verifiedOpen(path)).as(path).isEmpty();
            assertThat(links.verifiedClick(path)).as(path).isEmpty();
            assertThat(links.verifiedUnsubscribe(path)).as(path).isEmpty();
        }
    }
}
