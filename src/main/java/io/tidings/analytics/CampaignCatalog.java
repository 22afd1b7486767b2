package io.tidings.analytics;

import java.time.Instant;
import java.util.List;

/**
 * A port: the workspace's campaigns as the dashboards name them (the root hands in the campaign feature's list), so
 * that analytics shows names, segments, treatments and runs without depending on campaigns.
 */
public interface CampaignCatalog {

    /** Nothing: for a workspace read without its campaigns (tests of imported events). */
    CampaignCatalog NONE = new CampaignCatalog() {
        @Override
        public List<Entry> campaigns() {
            return List.of();
        }

        @Override
        public List<Run> runs(long campaignId) {
            return List.of();
        }
    };

    /** Every campaign, the newest first. */
    List<Entry> campaigns();

    /** The campaign's runs that have a send job, oldest first. */
    List<Run> runs(long campaignId);

    /**
     * A campaign.
     *
     * @param segmentName its segment's name, or null when it has none
     * @param treatmentNames each treatment's name in ledger order (0 is the default treatment, the control), null
     *     where the marketer gave none
     * @param holdoutPercent the share of the segment that gets no message
     */
    record Entry(long id, String name, String segmentName, String channel, String state, List<String> treatmentNames,
            int holdoutPercent, Instant createdAt) {

        public Entry {
            treatmentNames = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(treatmentNames));
        }

        /** The id the campaign's events carry. */
        public String eventId() {
            return Long.toString(id);
        }
    }

    /** A run: its send job's id (Pinpoint's campaign activity id in the events) and when it was due. */
    record Run(long jobId, Instant scheduledAt) {
    }
}
