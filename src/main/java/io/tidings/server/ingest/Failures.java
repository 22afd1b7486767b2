package io.tidings.server.ingest;

import io.tidings.store.StoreException;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;

/** What a client reads when Tidings fails on its side: a 500 in words, the trace in the log only. */
final class Failures {

    private Failures() {
    }

    static void answer(Logger log, String what, RuntimeException failure, Response response, Callback callback) {
        log.error("{} failed", what, failure);
        String why = failure instanceof StoreException || failure instanceof IllegalStateException
                ? failure.getMessage() : "something unexpected went wrong; the details are in Tidings' log";
        if (response.isCommitted()) {
            callback.failed(failure);
            return;
        }
        Answer.refuse(response, callback, 500, what + " failed: " + why + " Send it again later.");
    }
}
