package io.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file manager opens a workspace with its path as the one argument; every other use is the command line. */
class LauncherTest {

    @Test
    void oneWorkspaceFileOpensTheWindowAndEverythingElseIsACommand() {
        assertThat(Launcher.opensAWorkspace(new String[] {"/home/ada/Shop.tidings"})).isTrue();
        assertThat(Launcher.opensAWorkspace(new String[] {"/home/ada/SHOP.TIDINGS"})).isTrue();
        assertThat(Launcher.opensAWorkspace(new String[] {"--version"})).isFalse();
        assertThat(Launcher.opensAWorkspace(new String[] {"workspace", "info"})).isFalse();
        assertThat(Launcher.opensAWorkspace(new String[] {"send"})).isFalse();
        assertThat(Launcher.opensAWorkspace(new String[] {"--workspace=a.tidings"})).isFalse();
    }
}
