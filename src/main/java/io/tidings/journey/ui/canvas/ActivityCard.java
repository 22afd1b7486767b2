package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.ActivityCount;
import io.tidings.journey.CardSize;
import io.tidings.journey.Issue;
import io.tidings.journey.Port;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One card on the canvas: an activity or the entry. A fixed-size region of a few nodes (icon, title, one line of what
 * it does, its input anchor and output ports, the count badge when counts are shown), so that changing a count or a
 * state never lays out its neighbours. States are pseudo-classes; colours come from the stylesheet.
 */
final class ActivityCard extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    private static final double ANCHOR = 12;
    /** FX thread only, as the cards are. */
    static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    private final String key;
    private final Label icon = new Label();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Region input = new Region();
    private final Label badge = new Label();
    private final Map<Port, Region> ports = new EnumMap<>(Port.class);
    private final Map<Port, Label> portLabels = new EnumMap<>(Port.class);
    private final Tooltip problems = new Tooltip();
    private Activity activity;
    private CardSize size = CardGeometry.ENTRY;
    private List<Issue> issues = List.of();
    private ActivityCount count;
    private String subtitleText = "";

    /** A card for the activity {@code key}, or the entry card when {@code key} is null. */
    ActivityCard(String key) {
        this.key = key;
        getStyleClass().add("activity-card");
        setId(key == null ? "activity-entry" : "activity-" + key);
        setAccessibleRole(AccessibleRole.NODE);
        icon.getStyleClass().add("card-icon");
        title.getStyleClass().add("card-title");
        subtitle.getStyleClass().add("card-subtitle");
        input.getStyleClass().add("input-anchor");
        badge.getStyleClass().add("count-badge");
        badge.setVisible(false);
        badge.setManaged(false);
        getChildren().addAll(icon, title, subtitle, badge);
        if (key != null) {
            getChildren().add(input);
        } else {
            getStyleClass().add("entry-card");
            icon.setGraphic(new FontIcon("fth-log-in"));
            title.setText("Entry");
            addPort(Port.START, null);
        }
        resize(size);
    }

    /** The activity's key, or null for the entry card. */
    String key() {
        return key;
    }

    Activity activity() {
        return activity;
    }

    CardSize size() {
        return size;
    }

    Region port(Port port) {
        return ports.get(port);
    }

    Label badge() {
        return badge;
    }

    /** Shows the activity as it now is; only what changed is touched. */
    void show(Activity changed, String subtitleNow) {
        if (!changed.equals(activity)) {
            boolean newFamily = activity == null || activity.config().getClass() != changed.config().getClass();
            boolean newPorts = activity == null || !activity.config().ports().equals(changed.config().ports());
            activity = changed;
            if (newFamily) {
                getStyleClass().removeIf(style -> style.endsWith("-card") && !style.equals("activity-card"));
                getStyleClass().add(CardText.family(changed.config()));
                icon.setGraphic(new FontIcon(CardText.icon(changed.config())));
            }
            if (newPorts) {
                getChildren().removeAll(ports.values());
                getChildren().removeAll(portLabels.values());
                ports.clear();
                portLabels.clear();
                for (Port port : changed.config().ports()) {
                    addPort(port, CardGeometry.labelsPorts(changed) ? CardText.port(changed, port) : null);
                }
                resize(CardGeometry.of(changed));
            } else {
                portLabels.forEach((port, label) -> label.setText(CardText.port(changed, port)));
            }
            title.setText(CardText.title(key, changed));
            for (Port port : changed.config().ports()) {
                ports.get(port).pseudoClassStateChanged(OPEN, changed.target(port) == null);
            }
        }
        showSubtitle(subtitleNow);
    }

    void showSubtitle(String text) {
        if (!text.equals(subtitleText)) {
            subtitleText = text;
            subtitle.setText(text);
            describe();
        }
    }

    /** Marks the card with its problems: errors make it invalid, warnings a warning; the tooltip lists them. */
    void showIssues(List<Issue> found) {
        if (found.equals(issues)) {
            return;
        }
        issues = List.copyOf(found);
        boolean invalid = issues.stream().anyMatch(Issue::isError);
        boolean warning = !invalid && issues.stream().anyMatch(issue -> issue.severity() == Issue.Severity.WARNING);
        pseudoClassStateChanged(INVALID, invalid);
        pseudoClassStateChanged(WARNING, warning);
        List<Issue> shown = issues.stream().filter(issue -> issue.severity() != Issue.Severity.NOTE).toList();
        if (shown.isEmpty()) {
            Tooltip.uninstall(this, problems);
        } else {
            problems.setText(shown.stream().map(issue -> (issue.isError() ? "Error: " : "Warning: ") + issue.message())
                    .collect(Collectors.joining("\n")));
            Tooltip.install(this, problems);
        }
        ports.forEach((port, node) -> node.pseudoClassStateChanged(FLAGGED,
                issues.stream().anyMatch(issue -> issue.port() == port)));
        describe();
    }

    /** Shows the counts on the badge, or hides it (null). Only the badge's text changes: no new nodes. */
    void showCount(ActivityCount changed) {
        if (Objects.equals(changed, count)) {
            return;
        }
        count = changed;
        badge.setVisible(changed != null);
        if (changed != null) {
            List<String> parts = new ArrayList<>();
            parts.add(NUMBER.format(changed.entered()) + " entered");
            if (changed.sent() > 0) {
                parts.add(NUMBER.format(changed.sent()) + " sent");
            }
            if (changed.waiting() > 0) {
                parts.add(NUMBER.format(changed.waiting()) + " waiting");
            }
            if (changed.exited() > 0) {
                parts.add(NUMBER.format(changed.exited()) + " left");
            }
            badge.setText(String.join(" · ", parts));
            if (badge.getTooltip() == null) {
                badge.setTooltip(new Tooltip());
            }
            badge.getTooltip().setText("Entered " + NUMBER.format(changed.entered()) + ", sent "
                    + NUMBER.format(changed.sent()) + ", waiting " + NUMBER.format(changed.waiting())
                    + ", left the journey " + NUMBER.format(changed.exited()) + ". Click to list the participants.");
            requestLayout();
        }
        describe();
    }

    private void addPort(Port port, String label) {
        Region anchor = new Region();
        anchor.getStyleClass().add("output-port");
        anchor.setId("port-" + (key == null ? "entry" : key) + "-" + port.name());
        anchor.setUserData(port);
        ports.put(port, anchor);
        getChildren().add(anchor);
        if (label != null) {
            Label text = new Label(label);
            text.getStyleClass().add("port-label");
            text.setMouseTransparent(true);
            portLabels.put(port, text);
            getChildren().add(text);
        }
    }

    private void resize(CardSize changed) {
        size = changed;
        setMinSize(size.width(), size.height());
        setPrefSize(size.width(), size.height());
        setMaxSize(size.width(), size.height());
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = size.width();
        icon.resizeRelocate(12, 12, 32, 32);
        title.resizeRelocate(52, 10, width - 64, 20);
        subtitle.resizeRelocate(52, 30, width - 64, 18);
        input.resizeRelocate(-ANCHOR / 2, size.height() / 2 - ANCHOR / 2, ANCHOR, ANCHOR);
        List<Port> order = new ArrayList<>(ports.keySet());
        for (int index = 0; index < order.size(); index++) {
            double y = size.portOffsets().get(Math.min(index, size.portOffsets().size() - 1));
            ports.get(order.get(index)).resizeRelocate(width - ANCHOR / 2, y - ANCHOR / 2, ANCHOR, ANCHOR);
            Label label = portLabels.get(order.get(index));
            if (label != null) {
                label.resizeRelocate(52, y - 9, width - 52 - 14, 18);
            }
        }
        if (badge.isVisible()) {
            badge.autosize();
            badge.relocate(0, size.height() + 4);
        }
    }

    /** What a screen reader says: "Email1, Email · Welcome, 2 problems, 1,204 entered". */
    private void describe() {
        StringBuilder text = new StringBuilder(title.getText()).append(", ").append(subtitleText);
        long problems = issues.stream().filter(issue -> issue.severity() != Issue.Severity.NOTE).count();
        if (problems > 0) {
            text.append(", ").append(problems).append(problems == 1 ? " problem" : " problems");
        }
        if (count != null) {
            text.append(", ").append(badge.getText());
        }
        setAccessibleText(text.toString());
    }
}
