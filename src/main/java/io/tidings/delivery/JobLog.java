package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every change of a send job's state, in the log: created, running, paused with its reason, done, cancelled. Never an
 * address or a message's text; a job is named by its number.
 */
final class JobLog {

    private static final Logger LOG = LoggerFactory.getLogger(JobLog.class);

    private JobLog() {
    }

    static void created(long jobId, String name, DeliveryChannel channel, int messages) {
        LOG.info("Job {} \"{}\" created: {} {} messages", jobId, name, messages, channel);
    }

    static void running(long jobId) {
        LOG.info("Job {} is running", jobId);
    }

    /** A pause the user asked for. */
    static void paused(long jobId, String reason) {
        LOG.info("Job {} paused: {}", jobId, reason);
    }

    /** A pause the engine decided on: too many failures, no answers, an account it does not have. */
    static void pausedItself(long jobId, String reason) {
        LOG.warn("Job {} paused: {}", jobId, reason);
    }

    static void done(Collection<Long> jobIds) {
        jobIds.forEach(jobId -> LOG.info("Job {} is done", jobId));
    }

    static void cancelled(long jobId) {
        LOG.info("Job {} cancelled", jobId);
    }
}
