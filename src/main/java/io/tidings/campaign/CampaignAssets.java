package io.tidings.campaign;

import io.tidings.channel.DeliveryChannel;

/**
 * How a campaign's JSON names segments and templates: in a file, by the workspace's names (or ids); in the
 * workspace's own table, by id. Reading resolves a reference, or refuses it naming it and where it is.
 */
interface CampaignAssets {

    /** The id of the segment {@code reference} names; {@code version} (or null) must be one of its versions. */
    long segment(String reference, Integer version);

    /** The template {@code reference} names, which must be a {@code channel} template with {@code version}. */
    TreatmentMessage.Template template(String reference, Integer version, DeliveryChannel channel, String path);

    /** How a file names the segment. */
    String segmentReference(long segmentId);

    /** How a file names the template. */
    String templateReference(long templateId);

    /** References by id, unchecked: the workspace's own table, which may outlive a template of a finished campaign. */
    CampaignAssets BY_ID = new CampaignAssets() {
        @Override
        public long segment(String reference, Integer version) {
            return Long.parseLong(reference);
        }

        @Override
        public TreatmentMessage.Template template(String reference, Integer version, DeliveryChannel channel,
                String path) {
            return new TreatmentMessage.Template(Long.parseLong(reference), version);
        }

        @Override
        public String segmentReference(long segmentId) {
            return Long.toString(segmentId);
        }

        @Override
        public String templateReference(long templateId) {
            return Long.toString(templateId);
        }
    };
}
