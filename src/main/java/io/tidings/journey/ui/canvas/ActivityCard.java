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
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One card on the canvas: an activity or the entry. A fixed-size region styled by the stylesheet, with an icon, a
 * title, the input anchor and the output ports drawn as circles: a handful of nodes, so that 200 cards open quickly
 * and changing a count or a state never lays out a neighbour. What only reads when zoomed in (the title, the line of
 * what it does, the ports' labels, the "+" beside an open port) is made the first time the canvas shows the card
 * zoomed in; the count badge when counts are first shown; the problems' tooltip when the pointer first comes over the
 * card. States are pseudo-classes; colours come from the stylesheet.
 */
final class ActivityCard extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    private static final double ANCHOR_RADIUS = 6;
    private static final double QUICK_ADD = 18;
    /** FX thread only, as the cards are. */
    static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    /** What a "+" beside an open port carries: the port it adds after. */
    record QuickAdd(Port port) {
    }

    private final String key;
    private final Region iconBackdrop = new Region();
    private final FontIcon icon = new FontIcon();
    private Label title;
    private String titleText = "";
    private final Circle input;
    private final Map<Port, Circle> ports = new EnumMap<>(Port.class);
    private final Map<Port, Text> portLabels = new EnumMap<>(Port.class);
    private final Map<Port, FontIcon> quickAdds = new EnumMap<>(Port.class);
    private Label subtitle;
    private Label badge;
    private Tooltip problems;
    private String problemText = "";
    private boolean detailShown;
    private boolean editable = true;
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
        iconBackdrop.getStyleClass().add("card-icon");
        iconBackdrop.setMouseTransparent(true);
        icon.getStyleClass().add("card-glyph");
        icon.setMouseTransparent(true);
        getChildren().addAll(iconBackdrop, icon);
        if (key != null) {
            input = new Circle(ANCHOR_RADIUS);
            input.getStyleClass().add("input-anchor");
            getChildren().add(input);
        } else {
            input = null;
            getStyleClass().add("entry-card");
            icon.setIconLiteral("fth-log-in");
            titleText = "Entry";
            addPort(Port.START);
        }
        addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> installProblems());
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

    Node port(Port port) {
        return ports.get(port);
    }

    /** The count badge, or null while no counts were shown. */
    Label badge() {
        return badge;
    }

    /** The "+" beside an open port, or null (the port leads somewhere, or the card was not yet shown zoomed in). */
    Node quickAdd(Port port) {
        FontIcon plus = quickAdds.get(port);
        return plus != null && plus.isVisible() ? plus : null;
    }

    /** The ports that lead nowhere yet, in order. */
    List<Port> openPorts() {
        List<Port> open = new ArrayList<>();
        for (Port port : ports.keySet()) {
            if (isOpen(port)) {
                open.add(port);
            }
        }
        return open;
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
                icon.setIconLiteral(CardText.icon(changed.config()));
            }
            if (newPorts) {
                getChildren().removeAll(ports.values());
                getChildren().removeAll(portLabels.values());
                getChildren().removeAll(quickAdds.values());
                ports.clear();
                portLabels.clear();
                quickAdds.clear();
                changed.config().ports().forEach(this::addPort);
                resize(CardGeometry.of(changed));
            } else {
                portLabels.forEach((port, label) -> label.setText(CardText.port(changed, port)));
            }
            titleText = CardText.title(key, changed);
            if (title != null) {
                title.setText(titleText);
            }
            for (Port port : changed.config().ports()) {
                showOpen(port, changed.target(port) == null);
            }
        }
        showSubtitle(subtitleNow);
    }

    /** Whether the entry leads somewhere (the entry card has no activity to ask). */
    void showEntryOpen(boolean open) {
        showOpen(Port.START, open);
    }

    void showSubtitle(String text) {
        if (!text.equals(subtitleText)) {
            subtitleText = text;
            if (subtitle != null) {
                subtitle.setText(text);
            }
            describe();
        }
    }

    /**
     * Shows or hides what only reads zoomed in: the title, the line under it, the ports' labels and the "+" beside
     * open ports, made the first time they are shown. Zoomed out a card is its colour, its icon and its ports.
     */
    void showDetail(boolean shown) {
        if (shown == detailShown) {
            return;
        }
        detailShown = shown;
        if (shown && subtitle == null) {
            title = new Label(titleText);
            title.getStyleClass().add("card-title");
            title.setMouseTransparent(true);
            getChildren().add(title);
            subtitle = new Label(subtitleText);
            subtitle.getStyleClass().add("card-subtitle");
            subtitle.setMouseTransparent(true);
            getChildren().add(subtitle);
            ports.keySet().forEach(this::addDetail);
            requestLayout();
        }
        if (subtitle != null) {
            title.setVisible(shown);
            subtitle.setVisible(shown);
            portLabels.values().forEach(label -> label.setVisible(shown));
            quickAdds.forEach((port, plus) -> plus.setVisible(shown && editable && isOpen(port)));
        }
    }

    /** Whether the card shows its small print (zoomed in far enough, and once on screen). */
    boolean detailShown() {
        return detailShown;
    }

    /** Whether the "+" beside open ports is offered (not on a journey that is only looked at). */
    void editable(boolean changed) {
        editable = changed;
        quickAdds.forEach((port, plus) -> plus.setVisible(detailShown && editable && isOpen(port)));
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
        problemText = issues.stream().filter(issue -> issue.severity() != Issue.Severity.NOTE)
                .map(issue -> (issue.isError() ? "Error: " : "Warning: ") + issue.message())
                .collect(Collectors.joining("\n"));
        if (problems != null) {
            problems.setText(problemText);
            if (problemText.isEmpty()) {
                Tooltip.uninstall(this, problems);
                problems = null;
            }
        }
        ports.forEach((port, node) -> node.pseudoClassStateChanged(FLAGGED,
                issues.stream().anyMatch(issue -> issue.port() == port)));
        describe();
    }

    /** What the problems' tooltip says, empty when there are none. */
    String problemText() {
        return problemText;
    }

    /** Shows the counts on the badge, or hides it (null). The badge is made once; then only its text changes. */
    void showCount(ActivityCount changed) {
        if (Objects.equals(changed, count)) {
            return;
        }
        count = changed;
        if (badge == null && changed != null) {
            badge = new Label();
            badge.getStyleClass().add("count-badge");
            badge.setTooltip(new Tooltip());
            getChildren().add(badge);
        }
        if (badge != null) {
            badge.setVisible(changed != null);
        }
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
            badge.getTooltip().setText("Entered " + NUMBER.format(changed.entered()) + ", sent "
                    + NUMBER.format(changed.sent()) + ", waiting " + NUMBER.format(changed.waiting())
                    + ", left the journey " + NUMBER.format(changed.exited()) + ". Click to list the participants.");
            requestLayout();
        }
        describe();
    }

    private void addPort(Port port) {
        Circle anchor = new Circle(ANCHOR_RADIUS);
        anchor.getStyleClass().add("output-port");
        CanvasNodeNames.name(anchor, "port-" + (key == null ? "entry" : key) + "-" + port.name());
        anchor.setUserData(port);
        ports.put(port, anchor);
        getChildren().add(anchor);
        if (subtitle != null) {
            addDetail(port);
        }
    }

    /** A port's label (on a split) and its "+", made with the rest of the detail. */
    private void addDetail(Port port) {
        if (activity != null && CardGeometry.labelsPorts(activity)) {
            Text label = new Text(CardText.port(activity, port));
            label.getStyleClass().add("port-label");
            label.setTextOrigin(VPos.CENTER);
            label.setMouseTransparent(true);
            label.setVisible(detailShown);
            portLabels.put(port, label);
            getChildren().add(label);
        }
        FontIcon plus = new FontIcon("fth-plus-circle");
        plus.getStyleClass().add("quick-add");
        CanvasNodeNames.name(plus, "add-after-" + (key == null ? "entry" : key) + "-" + port.name());
        plus.setUserData(new QuickAdd(port));
        plus.setPickOnBounds(true);
        plus.setVisible(detailShown && editable && isOpen(port));
        String words = "Add an activity after " + (key == null ? "the entry"
                : port == Port.NEXT ? titleText : port.label());
        plus.setAccessibleText(words);
        // A tooltip is a popup window of its own: made when the pointer first comes, not for every port up front.
        plus.addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> {
            if (!plus.getProperties().containsKey(Tooltip.class)) {
                plus.getProperties().put(Tooltip.class, Boolean.TRUE);
                Tooltip.install(plus, new Tooltip(words));
            }
        });
        quickAdds.put(port, plus);
        getChildren().add(plus);
    }

    private void showOpen(Port port, boolean open) {
        Circle anchor = ports.get(port);
        if (anchor == null) {
            return;
        }
        anchor.pseudoClassStateChanged(OPEN, open);
        FontIcon plus = quickAdds.get(port);
        if (plus != null) {
            plus.setVisible(detailShown && editable && open);
        }
    }

    private boolean isOpen(Port port) {
        return ports.get(port).getPseudoClassStates().contains(OPEN);
    }

    private void installProblems() {
        if (problems == null && !problemText.isEmpty()) {
            problems = new Tooltip(problemText);
            Tooltip.install(this, problems);
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
        iconBackdrop.resizeRelocate(12, 12, 32, 32);
        icon.relocate(28 - icon.getLayoutBounds().getWidth() / 2, 28 - icon.getLayoutBounds().getHeight() / 2);
        if (title != null) {
            title.resizeRelocate(52, 10, width - 64, 20);
            subtitle.resizeRelocate(52, 30, width - 64, 18);
        }
        if (input != null) {
            input.relocate(-ANCHOR_RADIUS, size.height() / 2 - ANCHOR_RADIUS);
        }
        List<Port> order = new ArrayList<>(ports.keySet());
        for (int index = 0; index < order.size(); index++) {
            double y = size.portOffsets().get(Math.min(index, size.portOffsets().size() - 1));
            Port port = order.get(index);
            ports.get(port).relocate(width - ANCHOR_RADIUS, y - ANCHOR_RADIUS);
            Text label = portLabels.get(port);
            if (label != null) {
                label.setLayoutX(width - 16 - label.getLayoutBounds().getWidth());
                label.setLayoutY(y);
            }
            FontIcon plus = quickAdds.get(port);
            if (plus != null) {
                plus.relocate(width + 10, y - QUICK_ADD / 2);
            }
        }
        if (badge != null && badge.isVisible()) {
            badge.autosize();
            badge.relocate(0, size.height() + 4);
        }
    }

    /** What a screen reader says: "Email1, Email · Welcome, 2 problems, 1,204 entered". */
    private void describe() {
        StringBuilder text = new StringBuilder(titleText).append(", ").append(subtitleText);
        long problemCount = issues.stream().filter(issue -> issue.severity() != Issue.Severity.NOTE).count();
        if (problemCount > 0) {
            text.append(", ").append(problemCount).append(problemCount == 1 ? " problem" : " problems");
        }
        if (count != null) {
            text.append(", ").append(badge.getText());
        }
        setAccessibleText(text.toString());
    }
}
