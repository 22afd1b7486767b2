package io.tidings.delivery;

import io.tidings.template.TemplateContent;

/**
 * One treatment of a campaign run: the message its share of the audience gets. Exactly one of a template version
 * ({@code templateId} with {@code templateVersion}) or an inline message ({@code inlineContent}, Pinpoint's
 * {@code MessageConfiguration} turned into template content of the run's channel) is given.
 *
 * @param name the treatment's name as the marketer gave it (Pinpoint's {@code TreatmentName}), or null
 * @param sizePercent the whole-number share of the segment that gets this treatment
 */
public record RunTreatment(String name, int sizePercent, Long templateId, Integer templateVersion,
        TemplateContent inlineContent) {
}
