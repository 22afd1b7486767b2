package io.tidings.template;

/**
 * Something wrong or doubtful in a template, at a field and, where known, a line and column
 * (both from 1; 0 when not known).
 */
public record TemplateProblem(Severity severity, String field, int line, int column, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    static TemplateProblem error(String field, int line, int column, String message) {
        return new TemplateProblem(Severity.ERROR, field, line, column, message);
    }

    static TemplateProblem warning(String field, String message) {
        return new TemplateProblem(Severity.WARNING, field, 0, 0, message);
    }

    /** "Subject, line 1, column 7: ..." as a user reads it. */
    public String describe() {
        String where = line > 0 ? field + ", line " + line + ", column " + column : field;
        return where + ": " + message;
    }
}
