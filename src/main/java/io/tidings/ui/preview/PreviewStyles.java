package io.tidings.ui.preview;

/** The stylesheet each message preview puts on itself, so that it looks the same on any screen. */
final class PreviewStyles {

    static final String STYLESHEET = PreviewStyles.class.getResource("preview.css").toExternalForm();

    private PreviewStyles() {
    }
}
