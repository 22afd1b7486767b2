package io.tidings.app;

import io.tidings.campaign.CampaignScheduler;
import io.tidings.campaign.ui.MissedRunsDialog;
import io.tidings.campaign.ui.MissedRunsViewModel;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.ShellViewModel;
import javafx.stage.Window;

/**
 * When a workspace opens in the window, the campaign runs that came due while Tidings was closed are shown in one
 * dialog, each with "Send now" and "Skip": nothing is sent late without the marketer's word.
 */
final class MissedRunsOnOpen {

    private MissedRunsOnOpen() {
    }

    static void watch(ShellViewModel<DesktopWorkspace> shell, BackgroundWork background, Window owner) {
        shell.workspaceProperty().addListener((observable, old, opened) -> {
            if (opened == null) {
                return;
            }
            CampaignScheduler scheduler = opened.services().campaignScheduler();
            background.run(BackgroundJob.of("Looking for missed campaign runs", progress -> scheduler.missedRuns())
                    .quiet()
                    .onSuccess(missed -> {
                        if (!missed.isEmpty() && shell.workspaceProperty().get() == opened) {
                            new MissedRunsDialog(owner, new MissedRunsViewModel(scheduler, background, missed)).show();
                        }
                    }));
        });
    }
}
