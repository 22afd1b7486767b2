package io.tidings.audience.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.audience.Endpoint;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint editor without a toolkit, on the sample workspace: why a command cannot run, saving, erasing. */
class EndpointEditorViewModelTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger audienceChanges = new AtomicInteger();
    private EndpointEditorViewModel editor;
    private Endpoint first;

    @BeforeEach
    void open() {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        ImmediateBackgroundWork background = new ImmediateBackgroundWork();
        editor = new EndpointEditorViewModel(workspace.audience(), background, dialogs,
                new AudienceExports(workspace.audienceExport(), workspace.userActivity(), background, dialogs),
                audienceChanges::incrementAndGet);
        first = workspace.audience().endpoint("ep-000001").orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.workspace().close();
    }

    @Test
    void saveSaysWhyNotUntilAFieldChanges() {
        assertThat(editor.saveCommand().whyNot()).isEqualTo("Choose an endpoint first.");
        editor.load(first.id());
        assertThat(editor.saveCommand().whyNot()).isEqualTo("Nothing to save: no changes yet.");
        assertThat(editor.revertCommand().whyNot()).isEqualTo("Nothing to revert: no changes yet.");

        editor.form().field("Location.City").set("Springfield");

        assertThat(editor.saveCommand().canRun()).isTrue();
        editor.saveCommand().run();
        assertThat(editor.messageProperty().get()).isEqualTo("Saved.");
        assertThat(workspace.audience().endpoint(first.id()).orElseThrow().location().city()).isEqualTo("Springfield");
        assertThat(editor.saveCommand().whyNot()).isEqualTo("Nothing to save: no changes yet.");
        assertThat(audienceChanges).hasValue(1);
    }

    @Test
    void badValuesAreRefusedAtTheirFieldsAndNothingIsSaved() {
        editor.load(first.id());
        editor.form().field("Location.Latitude").set("north");
        editor.form().addAttribute();
        editor.form().attributes().get(editor.form().attributes().size() - 1).valuesProperty().set("orphan");

        editor.saveCommand().run();

        assertThat(editor.problems()).containsEntry("Location.Latitude", "\"north\" is not a number")
                .containsEntry("Attributes.", "an attribute needs a name");
        assertThat(workspace.audience().endpoint(first.id()).orElseThrow()).isEqualTo(first);
        assertThat(editor.changedProperty().get()).isTrue();
    }

    @Test
    void revertPutsBackWhatIsStored() {
        editor.load(first.id());
        editor.form().addressProperty().set("someone.else@example.com");

        editor.revertCommand().run();

        assertThat(editor.form().addressProperty().get()).isEqualTo(first.address());
        assertThat(editor.changedProperty().get()).isFalse();
    }

    @Test
    void erasingTheUserAsksFirstThenEmptiesTheEditor() {
        editor.load(first.id());
        String user = first.user().userId();
        int endpoints = workspace.audience().userEndpoints(user).size();
        assertThat(editor.user().endpoints()).hasSize(endpoints);

        dialogs.answer(true);
        editor.user().eraseCommand().run();

        assertThat(dialogs.confirmations()).singleElement().asString().startsWith("Erase user " + user + "?");
        assertThat(workspace.audience().userEndpoints(user)).isEmpty();
        assertThat(editor.endpointProperty().get()).isNull();
        assertThat(dialogs.information()).extracting(RecordingDialogs.Error::title).containsExactly("User erased");
        assertThat(editor.user().eraseCommand().whyNot()).isEqualTo("Choose an endpoint first.");
        assertThat(audienceChanges).hasValue(1);
    }

    @Test
    void anEndpointWithoutAUserHasNoUserToEraseOrExport() {
        editor.load(first.id());
        editor.form().userIdProperty().set("");
        editor.saveCommand().run();

        assertThat(editor.endpointProperty().get().user().userId()).isNull();
        assertThat(editor.user().eraseCommand().whyNot()).isEqualTo("This endpoint has no user id: there is no user to erase.");
        assertThat(editor.user().exportCommand().canRun()).isFalse();
    }
}
