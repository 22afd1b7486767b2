package io.tidings.delivery;

import io.tidings.template.TemplateContent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each job's {@link JobPlan}, read once: a job's options and template version never change after it
 * is created, so its messages share one plan instead of reading the template per message.
 */
final class JobPlans {

    private final SendJobs jobs;
    private final TemplateVersions templates;
    private final Map<Long, JobPlan> plans = new ConcurrentHashMap<>();

    JobPlans(SendJobs jobs, TemplateVersions templates) {
        this.jobs = jobs;
        this.templates = templates;
    }

    JobPlan of(long jobId) {
        return plans.computeIfAbsent(jobId, this::read);
    }

    private JobPlan read(long jobId) {
        SendJob job = jobs.job(jobId).orElseThrow(
                () -> new IllegalStateException("Send job " + jobId + " is no longer in the workspace."));
        if (job.templateId() == null) {
            return new JobPlan(job, null, "The template of \"" + job.name() + "\" was deleted.", true);
        }
        try {
            TemplateContent content = templates.version(job.templateId(), job.templateVersion());
            return new JobPlan(job, content, null, MessageComposer.promotional(job.channel(), content));
        } catch (IllegalArgumentException e) {
            return new JobPlan(job, null, e.getMessage(), true);
        }
    }
}
