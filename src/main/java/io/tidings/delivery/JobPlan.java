package io.tidings.delivery;

import io.tidings.template.TemplateContent;

/**
 * What the engine needs to know about a job for each of its messages, worked out once per job: its
 * options, the template version it sends, and whether its messages are promotional.
 *
 * @param content the template version to render, or null when it cannot be read ({@code templateProblem} says why)
 */
record JobPlan(SendJob job, TemplateContent content, String templateProblem, boolean promotional) {

    JobOptions options() {
        return job.options();
    }
}
