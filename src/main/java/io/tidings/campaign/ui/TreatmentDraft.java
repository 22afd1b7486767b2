package io.tidings.campaign.ui;

import io.tidings.campaign.Treatment;
import io.tidings.campaign.TreatmentMessage;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One treatment as typed in the editor: its name, the template it sends and, for an additional treatment, its share
 * as text (checked by {@link CampaignDraft}). A message written inside the campaign (Pinpoint's MessageConfiguration,
 * from an imported file) is kept as it is until a template replaces it.
 */
public final class TreatmentDraft {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Long> templateId = new SimpleObjectProperty<>(this, "templateId");
    private final StringProperty sizePercent = new SimpleStringProperty(this, "sizePercent", "");
    private TreatmentMessage.Inline inline;

    public TreatmentDraft() {
    }

    static TreatmentDraft of(Treatment treatment) {
        TreatmentDraft draft = new TreatmentDraft();
        draft.name.set(treatment.name() == null ? "" : treatment.name());
        draft.sizePercent.set(Integer.toString(treatment.sizePercent()));
        if (treatment.message() instanceof TreatmentMessage.Template template) {
            draft.templateId.set(template.templateId());
        } else if (treatment.message() instanceof TreatmentMessage.Inline written) {
            draft.inline = written;
        }
        return draft;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The saved template it sends; null while none is chosen (or while it sends a message written in the campaign). */
    public ObjectProperty<Long> templateIdProperty() {
        return templateId;
    }

    /** The whole-number share of the segment, as typed; the default treatment's is worked out instead. */
    public StringProperty sizePercentProperty() {
        return sizePercent;
    }

    /** Whether it sends a message written in the campaign rather than a saved template. */
    public boolean sendsInlineMessage() {
        return templateId.get() == null && inline != null;
    }

    TreatmentMessage message() {
        return templateId.get() != null ? new TreatmentMessage.Template(templateId.get(), null) : inline;
    }

    Treatment toTreatment(int percent) {
        String typed = name.get() == null || name.get().isBlank() ? null : name.get().strip();
        return new Treatment(typed, null, percent, message());
    }

    /** What the editor compares to tell whether something changed. */
    Object snapshot() {
        return java.util.List.of(String.valueOf(name.get()), String.valueOf(templateId.get()),
                String.valueOf(sizePercent.get()), String.valueOf(inline));
    }
}
