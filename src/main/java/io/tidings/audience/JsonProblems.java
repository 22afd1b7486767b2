package io.tidings.audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** Jackson's reasons for refusing JSON, in words a marketer can act on. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** Why one line of an NDJSON file is not an endpoint. */
    static String ofLine(JsonProcessingException problem) {
        if (isEncoding(problem)) {
            return "the line is not UTF-8 text; save the file as UTF-8";
        }
        String where = problem.getLocation() == null ? "" : " at column " + problem.getLocation().getColumnNr();
        return "the line is not valid JSON" + where + ": " + reason(problem);
    }

    /** Why a JSON document stops being readable, naming the file and the place. */
    static String ofDocument(String fileName, JsonProcessingException problem) {
        String place = problem.getLocation() == null ? fileName
                : fileName + ", line " + problem.getLocation().getLineNr() + ", column " + problem.getLocation().getColumnNr();
        if (isEncoding(problem)) {
            return place + ": the file is not UTF-8 text; save it as UTF-8";
        }
        if (problem instanceof JsonEOFException) {
            return place + ": the file ends inside the JSON; a closing } or ] is missing";
        }
        return place + ": the file is not valid JSON: " + reason(problem);
    }

    private static boolean isEncoding(JsonProcessingException problem) {
        return reason(problem).startsWith("Invalid UTF-8");
    }

    /** Jackson's own words, without its note of where the open object started (the place is given already). */
    private static String reason(JsonProcessingException problem) {
        String reason = problem.getOriginalMessage() == null ? "" : problem.getOriginalMessage();
        int marker = reason.indexOf(" (start marker at");
        // Jackson names its own limits by their Java method ("from `StreamReadConstraints...`"): not the user's words.
        return (marker < 0 ? reason : reason.substring(0, marker)).replaceAll(",? from `[^`]*`", "");
    }
}
