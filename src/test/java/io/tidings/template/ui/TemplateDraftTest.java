package io.tidings.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.template.Template;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplateSummary;
import io.tidings.template.TemplateType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The template in the editor, without a workspace: what counts as a change, and what a save leaves unsaved. */
class TemplateDraftTest {

    private final TemplateDraft draft = new TemplateDraft();
    private final Template hello = new Template(new TemplateSummary(1, "Hello", TemplateType.SMS, "", Instant.EPOCH, 1),
            TemplateContent.empty(TemplateType.SMS).withField(TemplateFields.BODY, "Hi"));

    @Test
    void typingTheSameTextIsNoChange() {
        draft.show(hello, hello.content());

        assertThat(draft.edit(TemplateFields.BODY, "Hi")).isFalse();
        assertThat(draft.dirtyProperty().get()).isFalse();
        assertThat(draft.edit(TemplateFields.BODY, "Hello")).isTrue();
        assertThat(draft.dirtyProperty().get()).isTrue();
        assertThat(draft.value(TemplateFields.BODY)).isEqualTo("Hello");
    }

    @Test
    void whatWasTypedDuringASaveStaysUnsaved() {
        draft.show(hello, hello.content());
        draft.edit(TemplateFields.BODY, "Version two");
        TemplateContent saving = draft.contentProperty().get();
        draft.edit(TemplateFields.BODY, "Version three");

        draft.saved(hello, saving);

        assertThat(draft.dirtyProperty().get()).isTrue();
        draft.saved(hello, draft.contentProperty().get());
        assertThat(draft.dirtyProperty().get()).isFalse();
    }

    @Test
    void openingAndClosingRebuildTheFormButTypingDoesNot() {
        draft.show(hello, hello.content());
        draft.edit(TemplateFields.BODY, "Hello");
        draft.close();

        assertThat(draft.openedProperty().get()).isEqualTo(2);
        assertThat(draft.fields()).isEmpty();
        assertThat(draft.value(TemplateFields.BODY)).isEmpty();
    }
}
