package io.tidings.sample;

import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.campaign.CampaignService;
import io.tidings.journey.JourneyService;
import io.tidings.segment.SegmentService;
import io.tidings.template.TemplateService;
import io.tidings.work.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a new workspace with the sample audience, templates and segments, so that a first launch shows
 * every screen with real content.
 */
public final class SampleWorkspace {

    public static final String NAME = "Sample workspace";
    public static final int USERS = 1_600;

    private static final long SEED = 20_261_030L;
    private static final int BATCH = 500;

    private final AudienceService audience;
    private final TemplateService templates;
    private final SegmentService segments;

    public SampleWorkspace(AudienceService audience, TemplateService templates, SegmentService segments) {
        this.audience = audience;
        this.templates = templates;
        this.segments = segments;
    }

    /** Adds {@code count} more sample people numbered from {@code firstUser}; returns the endpoints added. */
    public int populateUsers(int firstUser, int count) {
        SampleAudience people = new SampleAudience(SEED + firstUser, Instant.now(), firstUser * 3);
        List<Endpoint> batch = new ArrayList<>();
        for (int user = firstUser; user < firstUser + count; user++) {
            batch.addAll(people.nextUser(user));
        }
        audience.addEndpoints(batch);
        return batch.size();
    }

    /** Adds the sample content; returns the number of endpoints added. */
    public int populate(Progress progress) {
        SampleAudience people = new SampleAudience(SEED, Instant.now());
        List<Endpoint> batch = new ArrayList<>();
        int endpoints = 0;
        for (int user = 1; user <= USERS; user++) {
            progress.checkCancelled();
            batch.addAll(people.nextUser(user));
            if (batch.size() >= BATCH || user == USERS) {
                audience.addEndpoints(batch);
                endpoints += batch.size();
                batch.clear();
                progress.update(user, USERS, "Adding sample people (" + endpoints + " endpoints)");
            }
        }
        SampleTemplates.addTo(templates);
        return endpoints;
    }

    /** Adds the sample segments, for a workspace that shows the whole product (not for tests of an empty list). */
    public void addSegments() {
        SampleSegments.addTo(segments);
    }

    /** Adds the sample's draft campaign to the segments {@link #addSegments()} added. */
    public void addCampaign(CampaignService campaigns) {
        SampleCampaigns.addTo(campaigns, segments, templates);
    }

    /** Adds the sample's draft journey to the segments {@link #addSegments()} added. */
    public void addJourney(JourneyService journeys) {
        SampleJourneys.addTo(journeys, segments, templates);
    }
}
