package io.tidings.campaign;

import io.tidings.template.TemplateContent;
import java.util.Objects;

/** What a treatment sends: a saved template, or a message written in the campaign (Pinpoint's MessageConfiguration). */
public sealed interface TreatmentMessage {

    /**
     * A saved template of the workspace.
     *
     * @param version the version to send, or null for the template's active version when the run starts
     */
    record Template(long templateId, Integer version) implements TreatmentMessage {
    }

    /** A message kept with the campaign, as template content of the campaign's channel. */
    record Inline(TemplateContent content) implements TreatmentMessage {
        public Inline {
            Objects.requireNonNull(content, "content");
        }
    }
}
