package io.tidings.app;

import io.tidings.audience.AudienceExport;
import io.tidings.audience.AudienceImport;
import io.tidings.audience.AudienceService;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentService;
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
        TemplateService templates) {

    public static WorkspaceServices of(Workspace workspace) {
        return new WorkspaceServices(
                workspace,
                new AudienceService(workspace.database(), () -> workspace.info().defaultRegion()),
                new AudienceExport(workspace.database()),
                new SegmentService(workspace.database()),
                new SegmentFields(workspace.database()),
                new TemplateService(workspace.database()));
    }

    /** An importer that reads phone numbers with the workspace's current default region. */
    public AudienceImport audienceImport() {
        return new AudienceImport(workspace.database(), workspace.info().defaultRegion());
    }
}
