package io.tidings.ui.chart;

import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.work.OutputCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * Saves a chart as a PNG image or its data as CSV, where the marketer chooses, in the background; never over the open
 * workspace (or its SQLite files beside it).
 */
public final class ChartExport {

    private static final List<DialogService.FileType> PNG = List.of(new DialogService.FileType("PNG images", "*.png"));
    private static final List<DialogService.FileType> CSV = List.of(new DialogService.FileType("CSV files", "*.csv"));
    /** The size of an exported image, large enough for a slide. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 600;

    private final DialogService dialogs;
    private final BackgroundWork background;
    private final OutputCheck outputs;
    private final Consumer<String> status;

    /**
     * @param workspaceFile the open workspace, which no export may overwrite
     * @param status where "Saved to …" goes
     */
    public ChartExport(DialogService dialogs, BackgroundWork background, Path workspaceFile, Consumer<String> status) {
        this.dialogs = dialogs;
        this.background = background;
        this.outputs = OutputCheck.workspace(workspaceFile);
        this.status = status;
    }

    public void png(JFreeChart chart, String name) {
        dialogs.chooseFileToSave("Save the chart as an image", fileName(name) + ".png", PNG)
                .map(PNG.get(0)::withExtension)
                .ifPresent(file -> save("Saving the chart", file, () -> ChartUtils.saveChartAsPNG(file.toFile(), chart,
                        WIDTH, HEIGHT)));
    }

    public void csv(ChartData data, String name) {
        dialogs.chooseFileToSave("Save the chart's data as CSV", fileName(name) + ".csv", CSV)
                .map(CSV.get(0)::withExtension)
                .ifPresent(file -> save("Saving the chart's data", file, () -> data.writeCsv(file)));
    }

    private void save(String title, Path file, Writing writing) {
        background.run(BackgroundJob.of(title, progress -> {
                    outputs.check(file);
                    writing.write();
                    return file;
                })
                .onSuccess(saved -> status.accept("Saved to " + saved + "."))
                .onFailure(failure -> dialogs.showError("Not saved", failure.getMessage())));
    }

    /** A file name from a chart's title: letters, digits, spaces and dashes. */
    static String fileName(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N} _-]+", " ").strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? "chart" : cleaned;
    }

    @FunctionalInterface
    private interface Writing {
        void write() throws Exception;
    }
}
