package io.tidings.delivery;

import io.tidings.template.TemplateContent;
import java.time.Instant;

/**
 * What the engine needs to know about one treatment of a job for each of its messages, worked out once: the job's
 * options, the content the treatment sends (its template version or inline message), whether its messages are
 * promotional, and when the run must stop delivering.
 *
 * @param content the content to render, or null when it cannot be read ({@code templateProblem} says why)
 * @param deadline when the run's MaximumDuration runs out, or null for no limit
 * @param custom a custom message's webhook call, whose {@code content} is the template it sends along (or null);
 *     null for the other channels
 */
record JobPlan(SendJob job, int treatment, TemplateContent content, String templateProblem, boolean promotional,
        Instant deadline, CustomMessage custom) {

    /** The plan of a message with a template (or inline content) of its own channel. */
    JobPlan(SendJob job, int treatment, TemplateContent content, String templateProblem, boolean promotional,
            Instant deadline) {
        this(job, treatment, content, templateProblem, promotional, deadline, null);
    }

    JobOptions options() {
        return job.options();
    }
}
