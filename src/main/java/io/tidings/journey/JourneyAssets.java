package io.tidings.journey;

import io.tidings.template.TemplateType;

/**
 * How a journey's JSON names segments and templates: in a file, by the workspace's names (or ids); in the workspace's
 * own table, by id. Reading resolves a reference, or refuses it naming it and its JSON path.
 */
interface JourneyAssets {

    /** The id of the segment {@code reference} names. */
    long segment(String reference, String path);

    /** The template {@code reference} names: of {@code type} (any when null), with {@code version} when given. */
    TemplateChoice template(String reference, Integer version, TemplateType type, String path);

    /** How a file names the segment. */
    String segmentReference(long segmentId);

    /** How a file names the template. */
    String templateReference(long templateId);

    /** References by id, unchecked: the workspace's own table, which may outlive a deleted template. */
    JourneyAssets BY_ID = new JourneyAssets() {
        @Override
        public long segment(String reference, String path) {
            return Long.parseLong(reference);
        }

        @Override
        public TemplateChoice template(String reference, Integer version, TemplateType type, String path) {
            return new TemplateChoice(Long.parseLong(reference), version);
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
