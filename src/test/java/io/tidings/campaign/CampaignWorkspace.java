package io.tidings.campaign;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.template.TemplateType;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real workspace file for campaign tests: email endpoints in the US and one in France, email templates "Welcome"
 * and "Welcome B", an SMS template "Reminder", a segment "Everyone" (the US endpoints) and an empty one "Nobody".
 */
public final class CampaignWorkspace {

    public static final String WELCOME = "Welcome";
    public static final String WELCOME_B = "Welcome B";
    public static final String REMINDER = "Reminder";
    public static final String EVERYONE = "Everyone";
    public static final String NOBODY = "Nobody";

    private CampaignWorkspace() {
    }

    public static OpenedWorkspace create(Path folder, int endpoints) {
        OpenedWorkspace workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("campaigns.tidings"), "Campaigns");
        fill(workspace, endpoints);
        return workspace;
    }

    public static void fill(OpenedWorkspace workspace, int endpoints) {
        List<Endpoint> all = new ArrayList<>();
        for (int index = 0; index < endpoints; index++) {
            all.add(email(String.format("ep-%05d", index), "US"));
        }
        all.add(email("ep-france", "FR"));
        workspace.audience().addEndpoints(all);
        workspace.templates().create(WELCOME, TemplateType.EMAIL, null,
                "{\"Subject\":\"Welcome\",\"HtmlPart\":\"<p>Hello</p>\",\"TextPart\":\"Hello\"}");
        workspace.templates().create(WELCOME_B, TemplateType.EMAIL, null,
                "{\"Subject\":\"Welcome, friend\",\"HtmlPart\":\"<p>Hi</p>\",\"TextPart\":\"Hi\"}");
        workspace.templates().create(REMINDER, TemplateType.SMS, null, "{\"Body\":\"Don't forget\"}");
        workspace.segments().create(EVERYONE, country("US"));
        workspace.segments().create(NOBODY, country("JP"));
    }

    public static SegmentDefinition country(String code) {
        return SegmentDefinition.of(new SegmentDimensions(null, null, null, null,
                new SegmentDimensions.Location(new SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of(code)),
                        null), null));
    }

    public static Endpoint email(String id, String country) {
        return new Endpoint(id, ChannelType.EMAIL, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                Instant.now(), Instant.now(), Endpoint.cohortOf(id), Map.of(), Map.of(), null,
                new EndpointLocation(null, country, null, null, null, null), null);
    }

    public static Segment segment(OpenedWorkspace workspace, String name) {
        return workspace.segments().findByName(name).orElseThrow();
    }

    public static long templateId(OpenedWorkspace workspace, String name) {
        return workspace.templates().templateNamed(name).orElseThrow().id();
    }
}
