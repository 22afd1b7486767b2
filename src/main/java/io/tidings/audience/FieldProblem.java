package io.tidings.audience;

/** Why a field of an endpoint cannot be stored, naming the field by its Pinpoint path. */
public record FieldProblem(String field, String reason) {
}
