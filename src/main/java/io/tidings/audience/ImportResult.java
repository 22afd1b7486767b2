package io.tidings.audience;

import java.util.List;

/**
 * What an import did.
 *
 * @param rowsRead data rows read from the file
 * @param created endpoints added
 * @param updated existing endpoints changed
 * @param unchanged rows that matched an existing endpoint and gave nothing it did not already hold
 * @param rejected rows left out
 * @param rejections the first rejected rows (at most {@link #MAX_LISTED}); the errors file has them all
 * @param cancelled the user stopped the import
 * @param stoppedAtError the import stopped at the first bad row
 * @param lastLineLanded the last file line whose row is in the workspace (whole batches only); 0 when
 *     nothing of the import stayed
 * @param segmentName the imported segment created or refreshed, or null
 */
public record ImportResult(
        long rowsRead,
        long created,
        long updated,
        long unchanged,
        long rejected,
        List<RejectedRow> rejections,
        boolean cancelled,
        boolean stoppedAtError,
        long lastLineLanded,
        String segmentName) {

    public static final int MAX_LISTED = 1_000;

    public ImportResult {
        rejections = List.copyOf(rejections);
    }

    /** The file line of the row that stopped the import; 0 when it did not stop at a row. */
    public long stoppedAtLine() {
        return stoppedAtError && !rejections.isEmpty() ? rejections.get(0).line() : 0;
    }
}
