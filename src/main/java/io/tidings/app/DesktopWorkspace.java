package io.tidings.app;

import io.tidings.sample.SampleWorkspace;
import io.tidings.shell.OpenWorkspace;
import io.tidings.shell.WorkspaceOpener;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import java.nio.file.Path;

/** The open workspace as the window sees it, over the services the composition root built for it. */
public record DesktopWorkspace(OpenedWorkspace services, Wiring wiring) implements OpenWorkspace {

    /** Opens workspaces for the window through {@code wiring}. */
    public static WorkspaceOpener<DesktopWorkspace> openerOf(Wiring wiring) {
        return new WorkspaceOpener<>() {
            @Override
            public DesktopWorkspace open(Path file) {
                return new DesktopWorkspace(wiring.open(file), wiring);
            }

            @Override
            public DesktopWorkspace create(Path file, String name) {
                return new DesktopWorkspace(wiring.create(file, name), wiring);
            }

            @Override
            public DesktopWorkspace createSample(Path file, Progress progress) {
                return new DesktopWorkspace(wiring.createSample(file, SampleWorkspace.NAME, true, progress), wiring);
            }
        };
    }

    @Override
    public String name() {
        return services.workspace().name();
    }

    @Override
    public Path file() {
        return services.workspace().file();
    }

    @Override
    public void rename(String newName) {
        wiring.rename(services.workspace(), newName);
    }

    /**
     * Starts sending, and the tracking server when its settings say so; a server that cannot start (a port in use)
     * says why on its Settings page, and the app works on without it.
     */
    @Override
    public void startSending() {
        services.startSending();
        services.trackingServer().applySaved();
    }

    @Override
    public void close() {
        services.close();
    }
}
