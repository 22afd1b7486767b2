package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each job's {@link JobPlan} per treatment, read once: a job's options, treatments and template versions never
 * change after it is created, so its messages share one plan per treatment instead of reading the template per
 * message. A plain send has one treatment, 0, its own template.
 */
final class JobPlans {

    /** A job and one of its treatments. */
    private record Key(long jobId, int treatment) {
    }

    private final SendJobs jobs;
    private final TemplateVersions templates;
    private final Map<Key, JobPlan> plans = new ConcurrentHashMap<>();
    private final MessageTracking tracking;
    private final Map<Long, Boolean> tracked = new ConcurrentHashMap<>();

    JobPlans(SendJobs jobs, TemplateVersions templates) {
        this(jobs, templates, MessageTracking.NONE);
    }

    JobPlans(SendJobs jobs, TemplateVersions templates, MessageTracking tracking) {
        this.jobs = jobs;
        this.templates = templates;
        this.tracking = tracking;
    }

    /**
     * Whether the job's emails get tracked links and the open pixel: a campaign run's as its campaign chose (asked
     * once a job), a plain send's always.
     */
    boolean tracksOpensAndClicks(SendJob job) {
        Long campaignId = job.campaignId();
        return campaignId == null || tracked.computeIfAbsent(job.id(), id -> tracking.tracksCampaign(campaignId));
    }

    /** The plan of the job's default treatment: what the job as a whole is (its options, account, deadline). */
    JobPlan of(long jobId) {
        return of(jobId, 0);
    }

    JobPlan of(long jobId, int treatment) {
        return plans.computeIfAbsent(new Key(jobId, treatment), this::read);
    }

    private JobPlan read(Key key) {
        SendJob job = jobs.job(key.jobId()).orElseThrow(
                () -> new IllegalStateException("Send job " + key.jobId() + " is no longer in the workspace."));
        JobRun run = jobs.run(key.jobId());
        JobTreatment treatment = run.treatments().stream().filter(each -> each.treatment() == key.treatment())
                .findFirst().orElse(null);
        if (treatment == null) {
            // A plain send, or a treatment the run does not have (nothing in its ledger names one).
            treatment = new JobTreatment(key.treatment(), null, 100, job.templateId(), job.templateVersion(), null);
        }
        try {
            TemplateContent content;
            if (job.channel() == DeliveryChannel.CUSTOM) {
                CustomMessage custom = CustomMessage.parse(treatment.inlineContent());
                content = treatment.templateId() == null ? null
                        : templates.version(treatment.templateId(), treatment.templateVersion());
                return new JobPlan(job, key.treatment(), content, null, true, run.deadline(), custom);
            }
            if (treatment.inlineContent() != null) {
                content = TemplateContent.parse(TemplateType.valueOf(job.channel().name()), treatment.inlineContent());
            } else if (treatment.templateId() == null) {
                return new JobPlan(job, key.treatment(), null, "The template of \"" + job.name() + "\" was deleted.",
                        true, run.deadline());
            } else {
                content = templates.version(treatment.templateId(), treatment.templateVersion());
            }
            return new JobPlan(job, key.treatment(), content, null, MessageComposer.promotional(job.channel(), content),
                    run.deadline());
        } catch (IllegalArgumentException e) {
            return new JobPlan(job, key.treatment(), null, e.getMessage(), true, run.deadline());
        }
    }
}
