package io.tidings.ui.chart;

import static io.tidings.FxTesting.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.analytics.DailyCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The mouse wheel over a chart scrolls the screen it is on; it does not zoom the chart. */
@ExtendWith(ApplicationExtension.class)
class ThemedChartScrollTest {

    private ThemedChart chart;
    private ScrollPane screen;

    @Start
    void start(Stage stage) {
        chart = new ThemedChart();
        chart.setId("chart");
        chart.setPrefHeight(300);
        List<DailyCounts> days = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            days.add(new DailyCounts(LocalDate.parse("2026-11-01").plusDays(day), 10 + day % 7, 9, 4 + day % 3, 2, 0));
        }
        chart.show(Charts.daily(days).chart());
        Region below = new Region();
        below.setPrefHeight(1_200);
        screen = new ScrollPane(new VBox(chart, below));
        screen.setFitToWidth(true);
        ScreenTestSetup.show(stage, screen);
    }

    @Test
    void theWheelOverAChartScrollsTheScreenAndLeavesTheChartAsItWas(FxRobot robot) {
        Range daysBefore = onFx(() -> chart.viewer().getChart().getXYPlot().getDomainAxis().getRange());
        Range valuesBefore = onFx(() -> chart.viewer().getChart().getXYPlot().getRangeAxis().getRange());

        // Monocle's robot has no wheel: the wheel's event, as the window would deliver it to the chart under the pointer.
        robot.interact(() -> Event.fireEvent(chart.viewer().getCanvas(), wheelDown(chart.viewer().getCanvas())));

        assertThat(onFx(() -> screen.getVvalue())).isPositive();
        assertThat(onFx(() -> chart.viewer().getChart().getXYPlot().getDomainAxis().getRange())).isEqualTo(daysBefore);
        assertThat(onFx(() -> chart.viewer().getChart().getXYPlot().getRangeAxis().getRange())).isEqualTo(valuesBefore);
    }

    private static ScrollEvent wheelDown(Node under) {
        Point2D middle = under.localToScreen(under.getBoundsInLocal().getWidth() / 2,
                under.getBoundsInLocal().getHeight() / 2);
        Point2D local = under.screenToLocal(middle);
        return new ScrollEvent(ScrollEvent.SCROLL, local.getX(), local.getY(), middle.getX(), middle.getY(), false,
                false, false, false, false, false, 0, -120, 0, -120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0, null);
    }
}
