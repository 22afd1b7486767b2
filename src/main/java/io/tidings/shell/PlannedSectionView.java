package io.tidings.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A section that is not built yet. It says so plainly and lists what will be there, rather than
 * showing a screen that looks like it works.
 */
public final class PlannedSectionView extends ScrollPane {

    public PlannedSectionView(Section section, String summary, List<String> plans) {
        setId("planned-" + section.name().toLowerCase(java.util.Locale.ROOT));
        getStyleClass().addAll("section-scroll", "planned-section");
        setFitToWidth(true);

        Label title = new Label(section.title(), new FontIcon(section.icon()));
        title.getStyleClass().add(Styles.TITLE_2);
        Label notYet = new Label("Not built yet");
        notYet.getStyleClass().add("planned-badge");
        Label intro = new Label(summary);
        intro.setWrapText(true);
        Label heading = new Label("What this section will hold");
        heading.getStyleClass().add(Styles.TITLE_4);

        VBox items = new VBox(8);
        for (String plan : plans) {
            Label bullet = new Label(plan, new FontIcon("fth-chevron-right"));
            bullet.setWrapText(true);
            bullet.getStyleClass().add("plan-item");
            items.getChildren().add(bullet);
        }
        VBox panel = new VBox(12, heading, items);
        panel.getStyleClass().add("panel");

        VBox page = new VBox(16, new HBox(12, title, notYet), intro, panel);
        page.setPadding(new Insets(24));
        page.setMaxWidth(820);
        page.getStyleClass().add("section-page");
        setContent(page);
    }
}
