package io.tidings.app;

import io.tidings.audience.AudienceExport;
import io.tidings.audience.AudienceImport;
import io.tidings.audience.AudienceService;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentService;
import io.tidings.template.PreviewEndpoints;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateService;
import io.tidings.workspace.Workspace;

/**
 * The services of one open workspace, wired together. This is the composition root for
 * everything that lives as long as a workspace is open; views and commands receive it whole.
 */
public record WorkspaceServices(
        Workspace workspace,
        AudienceService audience,
        AudienceExport audienceExport,
        SegmentService segments,
        SegmentFields segmentFields,
        TemplateService templates,
        TemplateRenderer templateRenderer,
        PreviewEndpoints previewEndpoints) {

    public static WorkspaceServices of(Workspace workspace) {
        AudienceService audience = new AudienceService(workspace.database(), () -> workspace.info().defaultRegion());
        return new WorkspaceServices(
                workspace,
                audience,
                new AudienceExport(workspace.database()),
                new SegmentService(workspace.database()),
                new SegmentFields(workspace.database()),
                new TemplateService(workspace.database()),
                new TemplateRenderer(),
                new AudiencePreviewEndpoints(audience));
    }

    /** An importer that reads phone numbers with the workspace's current default region. */
    public AudienceImport audienceImport() {
        return new AudienceImport(workspace.database(), workspace.info().defaultRegion());
    }
}
