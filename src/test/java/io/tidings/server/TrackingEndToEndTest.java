package io.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.analytics.KpiQuery;
import io.tidings.analytics.MessageKpis;
import io.tidings.audience.OptOut;
import io.tidings.campaign.Launch;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.delivery.MessageState;
import io.tidings.delivery.ReasonCode;
import io.tidings.delivery.RunMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign sent through the real engine to the sandbox with the workspace's tracking server listening on loopback:
 * what recipients do with its links, over real HTTP, shows in the campaign's KPIs, and an unsubscribe keeps every
 * later campaign from the address.
 */
class TrackingEndToEndTest {

    @TempDir
    Path folder;

    private TrackingWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = new TrackingWorkspace(folder.resolve("tracking.tidings"), 3);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void opensAndClicksOverHttpShowInTheCampaignsKpis() throws Exception {
        workspace.sendCampaign("Spring sale");
        SandboxMessage first = workspace.emailsTo(TrackingWorkspace.address(0)).get(0);
        SandboxMessage second = workspace.emailsTo(TrackingWorkspace.address(1)).get(0);

        String pixel = TrackingWorkspace.links(first, "t/o").get(0);
        HttpResponse<String> opened = workspace.get(pixel);
        workspace.get(pixel);
        workspace.get(TrackingWorkspace.links(second, "t/o").get(0));
        HttpResponse<String> clicked = workspace.get(TrackingWorkspace.links(first, "t/c").get(0));
        workspace.get(TrackingWorkspace.links(first, "t/c").get(1));

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(opened.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(clicked.statusCode()).isEqualTo(302);
        assertThat(clicked.headers().firstValue("Location")).hasValue(TrackingWorkspace.SALE);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        MessageKpis kpis = workspace.opened.kpis().report(new KpiQuery("Spring sale", today, today)).total();
        assertThat(kpis.emailsSent()).isEqualTo(3);
        assertThat(kpis.uniqueEmailOpens()).isEqualTo(2);
        assertThat(kpis.everyEmailOpen()).isEqualTo(3);
        assertThat(kpis.emailClicks()).isEqualTo(2);
        assertThat(kpis.uniqueEmailClicks()).isEqualTo(1);
    }

    @Test
    void aForgedOrMovedLinkGets404AndRecordsNothing() throws Exception {
        workspace.sendCampaign("Spring sale");
        SandboxMessage first = workspace.emailsTo(TrackingWorkspace.address(0)).get(0);
        SandboxMessage second = workspace.emailsTo(TrackingWorkspace.address(1)).get(0);
        String pixel = TrackingWorkspace.links(first, "t/o").get(0);
        String click = TrackingWorkspace.links(first, "t/c").get(0);
        String unsubscribe = TrackingWorkspace.links(first, "u").get(0);
        String otherId = Long.toString(second.messageId());
        String firstId = Long.toString(first.messageId());

        List<String> forged = List.of(
                pixel.replace("/" + firstId + "/", "/" + otherId + "/"),
                pixel.substring(0, pixel.length() - 6) + ".gif",
                click.replace("/" + firstId + "/", "/" + otherId + "/"),
                click.substring(0, click.length() - 1),
                click.substring(0, click.lastIndexOf('/')) + "/AAAAAAAAAAAAAAAAAAAAAA",
                unsubscribe.replace("/" + firstId + "/", "/" + otherId + "/"),
                unsubscribe + "x",
                workspace.base + "/t/c/" + firstId + "/aHR0cHM6Ly9ldmlsLmV4YW1wbGUv/AAAAAAAAAAAAAAAAAAAAAA");
        for (String url : forged) {
            HttpResponse<String> answer = url.contains("/u/")
                    ? workspace.post(url, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
                    : workspace.get(url);
            assertThat(answer.statusCode()).as(url).isEqualTo(404);
            assertThat(answer.headers().firstValue("Location")).as(url).isEmpty();
        }

        assertThat(workspace.events("_email.open")).isZero();
        assertThat(workspace.events("_email.click")).isZero();
        assertThat(workspace.events("_email.unsubscribe")).isZero();
        assertThat(workspace.opened.audience().endpoint("ep-1").orElseThrow().optOut()).isEqualTo(OptOut.NONE);
    }

    @Test
    void aClickOnlyEverLeadsToALinkThatWasInTheMessage() throws Exception {
        workspace.sendCampaign("Spring sale");
        SandboxMessage first = workspace.emailsTo(TrackingWorkspace.address(0)).get(0);

        List<String> redirects = TrackingWorkspace.links(first, "t/c").stream().map(url -> {
            try {
                return workspace.get(url).headers().firstValue("Location").orElseThrow();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();

        assertThat(redirects).containsExactly(TrackingWorkspace.SALE, TrackingWorkspace.SHOES);
    }

    @Test
    void oneClickUnsubscribeOptsTheAddressOutAndNoLaterCampaignReachesIt() throws Exception {
        workspace.sendCampaign("Spring sale");
        SandboxMessage first = workspace.emailsTo(TrackingWorkspace.address(0)).get(0);
        String unsubscribe = TrackingWorkspace.links(first, "u").get(0);
        assertThat(first.body()).contains(unsubscribe);

        HttpResponse<String> answer = workspace.post(unsubscribe, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
        HttpResponse<String> again = workspace.post(unsubscribe, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("You are unsubscribed");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(workspace.opened.audience().endpoint("ep-0").orElseThrow().optOut()).isEqualTo(OptOut.ALL);
        assertThat(workspace.events("_email.unsubscribe")).as("a repeated request counts once").isEqualTo(1);

        Launch later = workspace.sendCampaign("Summer sale");

        assertThat(workspace.emailsTo(TrackingWorkspace.address(0))).hasSize(1);
        assertThat(workspace.emailsTo(TrackingWorkspace.address(1))).hasSize(2);
        List<RunMessage> suppressed = workspace.opened.sendJobs().messages(later.run().id(), null,
                MessageState.SUPPRESSED, null, 0, 10);
        assertThat(suppressed).hasSize(1);
        assertThat(suppressed.get(0).reason()).isEqualTo(ReasonCode.ENDPOINT_OPT_OUT);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(workspace.opened.kpis().report(new KpiQuery("Spring sale", today, today)).total()
                .emailUnsubscribes()).isEqualTo(1);
    }

    @Test
    void thePageAsksFirstAndItsButtonUnsubscribes() throws Exception {
        workspace.sendCampaign("Spring sale");
        String unsubscribe = TrackingWorkspace.links(workspace.emailsTo(TrackingWorkspace.address(2)).get(0), "u")
                .get(0);

        HttpResponse<String> page = workspace.get(unsubscribe);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<form method=\"post\">", "name=\"List-Unsubscribe\"",
                "value=\"One-Click\"", "<button");
        assertThat(workspace.opened.audience().endpoint("ep-2").orElseThrow().optOut())
                .as("looking at the page unsubscribes no one").isEqualTo(OptOut.NONE);

        // What a browser sends for the page's form.
        HttpResponse<String> done = workspace.post(unsubscribe, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");

        assertThat(done.body()).contains("You are unsubscribed");
        assertThat(workspace.opened.audience().endpoint("ep-2").orElseThrow().optOut()).isEqualTo(OptOut.ALL);
    }

    @Test
    void aPostWithoutTheOneClickBodyChangesNothing() throws Exception {
        workspace.sendCampaign("Spring sale");
        String unsubscribe = TrackingWorkspace.links(workspace.emailsTo(TrackingWorkspace.address(1)).get(0), "u")
                .get(0);

        HttpResponse<String> answer = workspace.post(unsubscribe, "text/plain", "please");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("List-Unsubscribe=One-Click").doesNotContain("Exception");
        assertThat(workspace.opened.audience().endpoint("ep-1").orElseThrow().optOut()).isEqualTo(OptOut.NONE);
    }

    @Test
    void theLinksOfAnErasedUsersMessageStillWorkAndRecordNothing() throws Exception {
        workspace.sendCampaign("Spring sale");
        SandboxMessage first = workspace.emailsTo(TrackingWorkspace.address(0)).get(0);
        String pixel = TrackingWorkspace.links(first, "t/o").get(0);
        String click = TrackingWorkspace.links(first, "t/c").get(0);
        String unsubscribe = TrackingWorkspace.links(first, "u").get(0);

        workspace.opened.audience().eraseUser("user-0");

        assertThat(workspace.get(pixel).statusCode()).isEqualTo(200);
        assertThat(workspace.get(click).headers().firstValue("Location")).hasValue(TrackingWorkspace.SALE);
        HttpResponse<String> answer = workspace.post(unsubscribe, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Nothing to unsubscribe");
        assertThat(workspace.events("_email.open") + workspace.events("_email.click")
                + workspace.events("_email.unsubscribe")).isZero();
    }

    @Test
    void aHeadRequestFromALinkScannerRecordsNothing() throws Exception {
        workspace.sendCampaign("Spring sale");
        SandboxMessage first = workspace.emailsTo(TrackingWorkspace.address(0)).get(0);

        for (String url : List.of(TrackingWorkspace.links(first, "t/o").get(0),
                TrackingWorkspace.links(first, "t/c").get(0))) {
            HttpResponse<String> head = workspace.http.send(HttpRequest.newBuilder(URI.create(url))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(url).isIn(200, 302);
        }

        assertThat(workspace.events("_email.open") + workspace.events("_email.click")).isZero();
    }
}
