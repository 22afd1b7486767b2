package io.tidings.template.ui;

import io.tidings.template.Template;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateField;
import io.tidings.template.TemplateFields;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The template in the editor: the template as saved, its content as typed, and whether the content
 * has changes that are not saved.
 */
final class TemplateDraft {

    private final ReadOnlyObjectWrapper<Template> template = new ReadOnlyObjectWrapper<>(this, "template");
    private final ReadOnlyLongWrapper opened = new ReadOnlyLongWrapper(this, "opened");
    private final ReadOnlyObjectWrapper<TemplateContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    /** The template as saved, or null when the editor is closed. */
    ReadOnlyObjectProperty<Template> templateProperty() {
        return template.getReadOnlyProperty();
    }

    /** Counts the times content was put into the editor (open, restore): the form is built anew each time. */
    ReadOnlyLongProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TemplateContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** True while the content has changes that are not saved. */
    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    List<TemplateField> fields() {
        return template.get() == null ? List.of() : TemplateFields.of(template.get().type());
    }

    /** The current text of a field as edited. */
    String value(String path) {
        return content.get() == null ? "" : content.get().field(path);
    }

    /** Takes what the user typed into a field; false when it changes nothing. */
    boolean edit(String path, String value) {
        if (content.get() == null || content.get().field(path).equals(value == null ? "" : value)) {
            return false;
        }
        content.set(content.get().withField(path, value));
        dirty.set(true);
        return true;
    }

    /** Puts a saved template's content into the editor, with nothing unsaved. */
    void show(Template loaded, TemplateContent shown) {
        template.set(loaded);
        content.set(shown);
        dirty.set(false);
        opened.set(opened.get() + 1);
    }

    /** {@code savedContent} was saved as {@code result}; what was typed since stays unsaved. */
    void saved(Template result, TemplateContent savedContent) {
        template.set(result);
        if (savedContent.equals(content.get())) {
            dirty.set(false);
        }
    }

    void close() {
        template.set(null);
        content.set(null);
        opened.set(opened.get() + 1);
        dirty.set(false);
    }
}
