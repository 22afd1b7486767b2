package io.tidings.audience;

import java.io.IOException;

/** Writes endpoints to an export file, one at a time. */
interface EndpointFileWriter extends AutoCloseable {

    void write(Endpoint endpoint) throws IOException;

    @Override
    void close() throws IOException;
}
