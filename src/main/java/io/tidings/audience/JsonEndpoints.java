package io.tidings.audience;

import java.io.Closeable;
import java.io.IOException;

/** The endpoints of a JSON file, one at a time: its lines (NDJSON) or the items of its documents. */
interface JsonEndpoints extends Closeable {

    /** The next endpoint, or null at the end of the file; throws {@link ImportFileException} on a malformed document. */
    JsonEndpoint next() throws IOException;

    /** How many bytes of the file have been read so far, for progress. */
    long bytesRead();
}
