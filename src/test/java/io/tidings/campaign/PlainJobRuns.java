package io.tidings.campaign;

import io.tidings.delivery.RunPlan;
import io.tidings.delivery.RunTreatment;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.segment.SegmentService;
import io.tidings.template.TemplateService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Until the engine's {@code SendJobs.createRun} is merged, a run becomes a plain send job of the default treatment's
 * template (a real one, in the workspace's ledger), and the plans the campaigns asked for are kept for the test to
 * read. Starting, pausing and cancelling change the job's state as the engine does.
 */
class PlainJobRuns implements RunControl {

    private final SendJobs sendJobs;
    private final TemplateService templates;
    private final SegmentService segments;
    final List<RunPlan> plans = new CopyOnWriteArrayList<>();

    PlainJobRuns(SendJobs sendJobs, TemplateService templates, SegmentService segments) {
        this.sendJobs = sendJobs;
        this.templates = templates;
        this.segments = segments;
    }

    @Override
    public SendJob create(RunPlan plan) {
        plans.add(plan);
        RunTreatment first = plan.treatments().get(0);
        String template = templates.template(first.templateId() != null ? first.templateId()
                : templates.templateNamed(CampaignWorkspace.WELCOME).orElseThrow().id()).orElseThrow().name();
        return sendJobs.create(template, segments.find(plan.segmentId()).orElseThrow().name(), plan.channel(),
                plan.options(), plan.account());
    }

    @Override
    public void start(long jobId) {
        sendJobs.start(jobId);
    }

    @Override
    public void pause(long jobId) {
        sendJobs.pause(jobId, "Paused by the user.");
    }

    @Override
    public void cancel(long jobId) {
        sendJobs.cancel(jobId);
    }
}
