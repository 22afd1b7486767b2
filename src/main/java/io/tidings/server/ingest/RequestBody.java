package io.tidings.server.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.eclipse.jetty.server.Request;

/** Reads a request's body whole, never more than a limit into memory. */
final class RequestBody {

    private RequestBody() {
    }

    /**
     * The body's bytes.
     *
     * @throws TooLargeException as soon as the declared length or the bytes read pass {@code limit}
     */
    static byte[] read(Request request, int limit) throws IOException {
        long declared = request.getLength();
        if (declared > limit) {
            throw new TooLargeException(declared);
        }
        byte[] buffer = new byte[declared >= 0 ? (int) declared : Math.min(limit, 64 * 1024)];
        int length = 0;
        try (InputStream in = Request.asInputStream(request)) {
            while (true) {
                if (length == buffer.length) {
                    int next = in.read();
                    if (next == -1) {
                        break;
                    }
                    if (length == limit) {
                        throw new TooLargeException(-1);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(8192L, buffer.length * 2L)));
                    buffer[length++] = (byte) next;
                    continue;
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read == -1) {
                    break;
                }
                length += read;
            }
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }

    /** Reads and forgets up to {@code most} more bytes of the body, holding none of them. */
    static void drop(Request request, long most) {
        byte[] scratch = new byte[8192];
        long dropped = 0;
        try (InputStream in = Request.asInputStream(request)) {
            int read;
            while (dropped < most && (read = in.read(scratch)) != -1) {
                dropped += read;
            }
        } catch (IOException gone) {
            // The client stopped sending: it may still read the answer.
        }
    }

    /** The body is longer than the limit; {@code declaredLength} is -1 when the request did not say. */
    static final class TooLargeException extends IOException {

        private final long declaredLength;

        TooLargeException(long declaredLength) {
            super("The request's body is over the limit.");
            this.declaredLength = declaredLength;
        }

        long declaredLength() {
            return declaredLength;
        }
    }
}
