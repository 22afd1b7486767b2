package io.tidings.analytics;

import io.tidings.campaign.CampaignWorkspace;
import io.tidings.journey.Activity;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Port;
import io.tidings.journey.TemplateChoice;
import io.tidings.journey.WaitActivity;
import io.tidings.journey.WaitTime;
import io.tidings.wiring.OpenedWorkspace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A journey made through {@link io.tidings.journey.JourneyService} ("welcome" email, "wait" 3 days, "reminder" SMS)
 * and its message events recorded through {@link EventRecorder} as the journey executor records them: with the
 * journey's id and the activity's key.
 */
public final class JourneyWorkspace {

    public static final String NAME = "Welcome series";

    private final OpenedWorkspace workspace;
    private final String journeyId;
    private final List<Event> events = new ArrayList<>();

    public JourneyWorkspace(OpenedWorkspace workspace) {
        this.workspace = workspace;
        long template = CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME);
        long reminder = CampaignWorkspace.templateId(workspace, CampaignWorkspace.REMINDER);
        long segment = CampaignWorkspace.segment(workspace, CampaignWorkspace.EVERYONE).id();
        JourneyGraph graph = JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(segment, null))
                .with("welcome", Activity.of(new MessageActivity.Email(new TemplateChoice(template, null), null))
                        .connect(Port.NEXT, "wait"))
                .with("wait", Activity.of(new WaitActivity(WaitTime.waitFor(Duration.ofDays(3))))
                        .connect(Port.NEXT, "reminder"))
                .with("reminder", Activity.of(new MessageActivity.Sms(new TemplateChoice(reminder, null), null, null,
                        null, null, null)));
        journeyId = Long.toString(workspace.journeys().create(NAME, graph).id());
    }

    public String journeyId() {
        return journeyId;
    }

    /** Adds an event of the journey's activity for the endpoint, at {@code time}. */
    public JourneyWorkspace event(String type, String activity, String endpoint, String time) {
        String channel = type.startsWith("_SMS.") ? "SMS" : "EMAIL";
        events.add(new Event(type, Instant.parse(time), endpoint, null, null, Map.of(), Map.of(),
                new Attribution(null, null, null, journeyId, activity, channel, "m-" + activity + "-" + endpoint)));
        return this;
    }

    /** Records the events added so far. */
    public List<EventOutcome> record() {
        List<EventOutcome> outcomes = workspace.eventRecorder().record(events, EventLimits.FieldNames.PINPOINT);
        events.clear();
        return outcomes;
    }

    /**
     * 2 May 2024: "welcome" is sent to ep-00000..ep-00002; ep-00002 soft-bounces, the others are delivered; ep-00000
     * opens twice in one hour (one open) and clicks, ep-00001 opens and unsubscribes. "reminder" goes by SMS to
     * ep-00000, delivered, who then replies STOP. A campaign's send the same day belongs to no journey.
     */
    public List<EventOutcome> recordTheWelcomeSeries() {
        event("_email.send", "welcome", "ep-00000", "2024-05-02T09:00:00Z");
        event("_email.send", "welcome", "ep-00001", "2024-05-02T09:00:00Z");
        event("_email.send", "welcome", "ep-00002", "2024-05-02T09:00:00Z");
        event("_email.softbounce", "welcome", "ep-00002", "2024-05-02T09:01:00Z");
        event("_email.delivered", "welcome", "ep-00000", "2024-05-02T09:01:00Z");
        event("_email.delivered", "welcome", "ep-00001", "2024-05-02T09:01:00Z");
        event("_email.open", "welcome", "ep-00000", "2024-05-02T10:05:00Z");
        event("_email.open", "welcome", "ep-00000", "2024-05-02T10:45:00Z");
        event("_email.click", "welcome", "ep-00000", "2024-05-02T10:46:00Z");
        event("_email.open", "welcome", "ep-00001", "2024-05-02T11:00:00Z");
        event("_email.unsubscribe", "welcome", "ep-00001", "2024-05-02T11:01:00Z");
        event("_SMS.BUFFERED", "reminder", "ep-00000", "2024-05-05T09:00:00Z");
        event("_SMS.SUCCESS", "reminder", "ep-00000", "2024-05-05T09:00:05Z");
        event("_SMS.OPTOUT", "reminder", "ep-00000", "2024-05-05T09:30:00Z");
        events.add(new Event("_email.send", Instant.parse("2024-05-02T09:00:00Z"), "ep-00003", null, null, Map.of(),
                Map.of(), new Attribution("77", "r1", "0", null, null, "EMAIL", "m-campaign")));
        return record();
    }
}
