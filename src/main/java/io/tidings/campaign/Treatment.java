package io.tidings.campaign;

/**
 * One version of a campaign's message and the share of the segment that gets it (an A/B test has several).
 *
 * @param name Pinpoint's {@code TreatmentName}, or null
 * @param description Pinpoint's {@code TreatmentDescription}, or null
 * @param sizePercent the whole-number share of the segment; for the default treatment, what the others and the
 *     holdout leave (see {@link CampaignDefinition#defaultSizePercent()})
 * @param message the template or inline message, or null while the marketer has not chosen one
 */
public record Treatment(String name, String description, int sizePercent, TreatmentMessage message) {

    /** The treatment with another message. */
    public Treatment withMessage(TreatmentMessage other) {
        return new Treatment(name, description, sizePercent, other);
    }

    public Treatment withSizePercent(int percent) {
        return new Treatment(name, description, percent, message);
    }
}
