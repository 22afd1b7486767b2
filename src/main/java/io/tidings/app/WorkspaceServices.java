package io.tidings.app;

import io.tidings.audience.AudienceExport;
import io.tidings.audience.AudienceImport;
import io.tidings.audience.AudienceService;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.LiveChannelSenders;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.SentMessageRecords;
import io.tidings.delivery.UserActivityExport;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentService;
import io.tidings.template.PreviewEndpoints;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateService;
import io.tidings.workspace.Workspace;
import java.time.Duration;
import java.util.List;

/**
 * The services of one open workspace, wired together. This is the composition root for
 * everything that lives as long as a workspace is open; views and commands receive it whole.
 * Its sending engine sends through the channel accounts saved in Settings (the sandbox where there are none,
 * and whatever is saved later, without a restart); it runs from {@link #startSending()} until {@link #close()}.
 */
public record WorkspaceServices(
        Workspace workspace,
        AudienceService audience,
        AudienceExport audienceExport,
        UserActivityExport userActivityExport,
        SegmentService segments,
        SegmentFields segmentFields,
        TemplateService templates,
        TemplateRenderer templateRenderer,
        PreviewEndpoints previewEndpoints,
        ChannelAccountService channelAccounts,
        LiveChannelSenders senders,
        DeliveryEngine delivery) implements AutoCloseable {

    /** An idle engine asks for due messages this often; the engine's default suits a headless send better. */
    private static final Duration IDLE_POLL = Duration.ofMillis(250);

    public static WorkspaceServices of(Workspace workspace) {
        AudienceService audience = new AudienceService(workspace.database(), () -> workspace.info().defaultRegion(),
                List.of(new SentMessageRecords()));
        ChannelAccountService channelAccounts = new ChannelAccountService(workspace.database());
        LiveChannelSenders senders = new LiveChannelSenders(channelAccounts);
        channelAccounts.whenSaved(senders::reload);
        return new WorkspaceServices(
                workspace,
                audience,
                new AudienceExport(workspace.database()),
                new UserActivityExport(workspace.database()),
                new SegmentService(workspace.database()),
                new SegmentFields(workspace.database()),
                new TemplateService(workspace.database()),
                new TemplateRenderer(),
                new AudiencePreviewEndpoints(audience),
                channelAccounts,
                senders,
                new DeliveryEngine(workspace.database(), senders.byChannel(), deliverySettings(channelAccounts)));
    }

    /** Rate limits are read once: a changed rate applies from the next time the workspace opens. */
    private static DeliverySettings deliverySettings(ChannelAccountService channelAccounts) {
        DeliverySettings standard = DeliverySettings.defaults();
        return channelAccounts.load().engineSettings(new DeliverySettings(standard.workers(), standard.ratePerSecond(),
                standard.maxAttempts(), standard.retryDeadline(), standard.retryBase(), standard.retryCeiling(),
                standard.errorWindow(), standard.errorCeiling(), IDLE_POLL));
    }

    /** Starts the sending engine, which first resumes what a crash interrupted; returns this. */
    public WorkspaceServices startSending() {
        senders.reload();
        delivery.start();
        return this;
    }

    /** Stops the sending engine after its current messages, then closes the workspace file. */
    @Override
    public void close() {
        delivery.close();
        senders.close();
        workspace.close();
    }

    /** An importer that reads phone numbers with the workspace's current default region. */
    public AudienceImport audienceImport() {
        return new AudienceImport(workspace.database(), workspace.info().defaultRegion());
    }
}
