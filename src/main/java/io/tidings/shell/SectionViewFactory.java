package io.tidings.shell;

import io.tidings.app.WorkspaceServices;
import javafx.scene.Node;

/** Builds the screen of a section for an open workspace. */
@FunctionalInterface
public interface SectionViewFactory {

    Node create(Section section, WorkspaceServices workspace);
}
