package io.tidings.server;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.Launch;
import io.tidings.campaign.TreatmentMessage;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.channel.sandbox.SandboxSettings;
import io.tidings.delivery.JobState;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.template.TemplateType;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real workspace file with email endpoints, a promotional template with two links and an unsubscribe link, a
 * segment of everyone, its tracking server listening on a free loopback port, and its engine sending to the sandbox.
 */
final class TrackingWorkspace implements AutoCloseable {

    static final String TEMPLATE = "Spring sale";
    static final String SEGMENT = "Everyone";
    static final String SALE = "https://shop.example/sale?season=spring&utm_source=email";
    static final String SHOES = "https://shop.example/shoes";

    final OpenedWorkspace opened;
    final String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final long segmentId;
    private final long templateId;

    TrackingWorkspace(Path file, int endpoints) {
        opened = new Wiring(Wiring.Host.COMMAND_LINE).create(file, "Tracking");
        List<Endpoint> audience = new ArrayList<>();
        for (int index = 0; index < endpoints; index++) {
            String id = "ep-" + index;
            audience.add(new Endpoint(id, ChannelType.EMAIL, address(index), EndpointStatus.ACTIVE, OptOut.NONE,
                    Instant.now(), Instant.now(), Endpoint.cohortOf(id), Map.of(), Map.of(), null,
                    new EndpointLocation(null, "US", null, null, null, null),
                    new EndpointUser("user-" + index, Map.of())));
        }
        opened.audience().addEndpoints(audience);
        // Opens and clicks come from the tracking server here, not from the sandbox's simulated reports.
        opened.sandboxSettings().save(new SandboxSettings(false, SandboxSettings.defaults().rates()));
        templateId = opened.templates().create(TEMPLATE, TemplateType.EMAIL, null, """
                {"Subject": "Spring sale", "TextPart": "Sale: %s Unsubscribe: {{UnsubscribeUrl}}",
                 "HtmlPart": "<p>Hello {{Address}}: <a href=\\"%s\\">the sale</a>, <a href=\\"%s\\">shoes</a>.</p><p><a href=\\"{{UnsubscribeUrl}}\\">Unsubscribe</a></p>"}
                """.formatted(SALE, SALE.replace("&", "&amp;"), SHOES));
        segmentId = opened.segments().create(SEGMENT, SegmentDefinition.of(new SegmentDimensions(null, null, null,
                null, new SegmentDimensions.Location(
                        new SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of("US")), null), null)))
                .id();
        ServerStatus status = opened.trackingServer().start("127.0.0.1", 0);
        if (status.state() != ServerStatus.State.LISTENING) {
            throw new IllegalStateException(status.inWords());
        }
        base = status.url();
        opened.startSending();
    }

    static String address(int index) {
        return "person" + index + "@example.com";
    }

    /** Creates and launches a campaign of the template to everyone, and waits until its run is done. */
    Launch sendCampaign(String name) throws InterruptedException {
        return sendCampaign(name, true);
    }

    /** The same, with the campaign's "Track opens and clicks" on or off. */
    Launch sendCampaign(String name, boolean trackOpensAndClicks) throws InterruptedException {
        long campaign = opened.campaigns().create(name, null, CampaignDefinition.simple(segmentId,
                DeliveryChannel.EMAIL, new TreatmentMessage.Template(templateId, null)), trackOpensAndClicks).id();
        Launch launch = opened.campaigns().launch(campaign);
        JobState state = opened.delivery().await(launch.run().id(), Duration.ofSeconds(60), progress -> { });
        if (state != JobState.DONE) {
            throw new IllegalStateException("The run ended " + state);
        }
        return launch;
    }

    /** The emails the sandbox captured for {@code address}, newest first. */
    List<SandboxMessage> emailsTo(String address) {
        return opened.sandboxOutbox().newest(10_000).stream()
                .filter(message -> message.address().equals(address) && !message.isTestSend()).toList();
    }

    /** Every link of {@code kind} ("t/o", "t/c", "u") in the email's HTML part. */
    static List<String> links(SandboxMessage email, String kind) {
        Matcher link = Pattern.compile("(?:href|src)=\"(http[^\"]*/" + Pattern.quote(kind) + "/[^\"]+)\"")
                .matcher(email.html());
        List<String> found = new ArrayList<>();
        while (link.find()) {
            found.add(link.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** How many events of {@code type} the workspace holds. */
    long events(String type) {
        return opened.workspace().database().read(connection -> {
            try (var query = connection.prepareStatement("SELECT count(*) FROM event WHERE event_type = ?")) {
                query.setString(1, type);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @Override
    public void close() {
        opened.close();
    }
}
