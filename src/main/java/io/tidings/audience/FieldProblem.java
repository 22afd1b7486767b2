package io.tidings.audience;

import io.tidings.work.Quote;

/**
 * Why a field of an endpoint cannot be stored, naming the field by its Pinpoint path. A path holding a name
 * from a file is shown as {@link Quote} shows a value: shortened, its control characters written out.
 */
public record FieldProblem(String field, String reason) {

    public FieldProblem {
        field = Quote.shown(field);
    }
}
