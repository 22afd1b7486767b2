package io.tidings.template;

import java.util.List;

/** A template file whose fields fit more than one kind of template, so the kind must be named. */
public final class AmbiguousTemplateTypeException extends IllegalArgumentException {

    private final List<TemplateType> candidates;

    AmbiguousTemplateTypeException(String message, List<TemplateType> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** The kinds the file's fields fit, in the order the user would read them. */
    public List<TemplateType> candidates() {
        return candidates;
    }
}
