package io.tidings.analytics;

import java.util.List;

/**
 * What an events import did: lines read, events kept, and the rejected lines (the first hundred listed). When it
 * stopped at a bad line ({@code stoppedAtLine} above 0), nothing of the file was kept.
 */
public record EventImportResult(long linesRead, long imported, long rejected, List<RejectedEvent> rejections,
        long stoppedAtLine) {

    public EventImportResult {
        rejections = List.copyOf(rejections);
    }

    public boolean stoppedAtError() {
        return stoppedAtLine > 0;
    }
}
