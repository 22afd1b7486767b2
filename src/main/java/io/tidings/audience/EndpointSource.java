package io.tidings.audience;

import java.io.Closeable;
import java.io.IOException;

/** The rows of an import file, one at a time, so that no file is ever held whole. */
interface EndpointSource extends Closeable {

    /** The next row, or null at the end of the file; throws {@link ImportFileException} on a malformed file. */
    ImportedRow next() throws IOException;

    /** How many bytes of the file have been read so far, for progress. */
    long bytesRead();
}
