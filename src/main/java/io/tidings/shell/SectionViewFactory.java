package io.tidings.shell;

import javafx.scene.Node;

/** Builds the screen of a section for an open workspace. */
@FunctionalInterface
public interface SectionViewFactory<W extends OpenWorkspace> {

    Node create(Section section, W workspace);
}
