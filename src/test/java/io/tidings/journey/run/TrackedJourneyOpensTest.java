package io.tidings.journey.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.analytics.DateRange;
import io.tidings.analytics.JourneyCatalog;
import io.tidings.analytics.JourneyReport;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.journey.Activity;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyState;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.TemplateChoice;
import io.tidings.journey.WaitTime;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.server.ServerStatus;
import io.tidings.template.TemplateType;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey's email sent through the real engine to the sandbox with the workspace's tracking server listening on
 * loopback: an open of it fetched over real HTTP counts in the journey's KPIs and takes its recipient down the Yes
 * branch of the split on {@code _email.open}.
 */
class TrackedJourneyOpensTest {

    private static final int RECIPIENTS = 3;

    @TempDir
    Path folder;

    @Test
    void anOpenOfAJourneysEmailThroughTheTrackingServerCountsForTheJourneyAndTakesTheYesBranch() throws Exception {
        OpenedWorkspace opened = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .create(folder.resolve("journey.tidings"), "Journey tracking");
        try (ExecutorFixture fixture = new ExecutorFixture(opened)) {
            // The tracking server stamps opens with the real time: the journey's clock starts just before it.
            fixture.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1)));
            long journey = journey(opened);
            ServerStatus server = opened.trackingServer().start("127.0.0.1", 0);
            assertThat(server.state()).as(server.inWords()).isEqualTo(ServerStatus.State.LISTENING);
            fixture.opened.eventRecorder().listen(fixture.executor);

            assertThat(fixture.runs.publish(journey).state()).isEqualTo(JourneyState.PUBLISHED);
            fixture.executor.runDue();
            fixture.awaitSent(journey);
            List<SandboxMessage> welcome = opened.sandboxOutbox().newest(100).stream()
                    .filter(message -> message.address().equals(address(1))).toList();
            assertThat(welcome).hasSize(1);
            String pixel = openPixel(welcome.get(0));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<Void> fetched = http.send(HttpRequest.newBuilder(URI.create(pixel)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(fetched.statusCode()).isEqualTo(200);

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            JourneyCatalog.Entry entry = opened.analytics().journeyNamed("Welcome").orElseThrow();
            JourneyReport report = opened.analytics().journeyReport(entry, new DateRange(today.minusDays(1), today));
            assertThat(report.total().emailsSent()).isEqualTo(RECIPIENTS);
            assertThat(report.total().uniqueEmailOpens()).isEqualTo(1);
            assertThat(report.activities()).filteredOn(activity -> activity.key().equals("welcome"))
                    .singleElement().satisfies(activity -> assertThat(activity.kpis().uniqueEmailOpens()).isOne());

            fixture.clock.advance(Duration.ofDays(1).plusMinutes(2));
            fixture.executor.runDue();

            var counts = fixture.runs.counts(journey);
            assertThat(counts.leftThrough(Outlet.of("opened", Port.YES))).isOne();
            assertThat(counts.leftThrough(Outlet.of("opened", Port.NO))).isEqualTo(RECIPIENTS - 1);
            assertThat(fixture.texts("SELECT participant FROM journey_step WHERE journey_id = ? AND activity = 'opened' "
                    + "AND port = 'YES'", journey)).containsExactly("user:user-1");
        }
    }

    /** Everyone in the audience gets the welcome email; a day later the split asks whether they opened it. */
    private static long journey(OpenedWorkspace opened) {
        List<Endpoint> audience = new ArrayList<>();
        for (int index = 0; index < RECIPIENTS; index++) {
            audience.add(new Endpoint("ep-" + index, ChannelType.EMAIL, address(index), EndpointStatus.ACTIVE,
                    OptOut.NONE, Instant.now(), Instant.now(), Endpoint.cohortOf("ep-" + index), Map.of(), Map.of(),
                    null, new EndpointLocation(null, "CA", null, null, null, null),
                    new EndpointUser("user-" + index, Map.of())));
        }
        opened.audience().addEndpoints(audience);
        long template = opened.templates().create("Welcome", TemplateType.EMAIL, null, """
                {"Subject": "Welcome", "TextPart": "Welcome aboard.",
                 "HtmlPart": "<p>Welcome aboard, {{Address}}. <a href=\\"https://shop.example/start\\">Start</a></p>"}
                """);
        long everyone = opened.segments().create("Canada", SegmentDefinition.of(new SegmentDimensions(null, null,
                null, null, new SegmentDimensions.Location(new SegmentDimensions.SetDimension(
                        SegmentDimensions.DimensionType.INCLUSIVE, List.of("CA")), null), null))).id();
        JourneyGraph graph = JourneyGraph.EMPTY
                .withEntry(new JourneyEntry.FromSegment(everyone, "Everyone in Canada"))
                .with("welcome", Activity.of(new MessageActivity.Email(new TemplateChoice(template, null), null))
                        .connect(Port.NEXT, "opened"))
                .with("opened", Activity.of(new ConditionalSplit(Condition.of(new SimpleCondition.MessageEvent(
                        "welcome", EventDimensions.ofEventTypes("_email.open"))), WaitTime.waitFor(Duration.ofDays(1)))))
                .connect(Outlet.ENTRY, "welcome");
        return opened.journeys().create("Welcome", graph).id();
    }

    private static String address(int index) {
        return "member" + index + "@example.ca";
    }

    private static String openPixel(SandboxMessage email) {
        Matcher pixel = Pattern.compile("src=\"(http[^\"]*/t/o/[^\"]+)\"").matcher(email.html());
        assertThat(pixel.find()).as("the email has an open pixel: " + email.html()).isTrue();
        return pixel.group(1).replace("&amp;", "&");
    }
}
