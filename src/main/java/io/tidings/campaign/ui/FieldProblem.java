package io.tidings.campaign.ui;

/**
 * What is wrong with one field of the campaign editor.
 *
 * @param field the field's key, which the view shows the message beside (see {@link CampaignDraft})
 * @param message a sentence that names the field
 */
public record FieldProblem(String field, String message) {
}
