package io.tidings.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.journey.AddActivity;
import io.tidings.journey.EditHistory;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.Position;
import io.tidings.journey.WaitActivity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The open journey's state as the panels around the canvas read it when the graph changes. */
class JourneyDocumentTest {

    @Test
    void whatListensToTheGraphReadsTheUndoAndRedoOfTheEditItWasToldAbout() {
        JourneyDocument document = new JourneyDocument(new EditHistory(JourneyGraph.EMPTY));
        List<String> seen = new ArrayList<>();
        document.graphProperty().addListener((graph, before, now) -> seen.add(document.canUndoProperty().get() + " "
                + document.canRedoProperty().get() + " " + document.undoDescriptionProperty().get()));

        document.apply(AddActivity.fresh(document.graph(), new WaitActivity(null), Position.ORIGIN));
        document.undo();

        assertThat(seen).containsExactly("true false Undo Add wait", "false true ");
    }
}
