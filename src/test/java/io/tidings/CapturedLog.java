package io.tidings;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What Tidings logs at INFO and above while it is open, with each entry's stack trace, for tests of the log. */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.tidings");
    private final Level level = logger.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public CapturedLog() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
    }

    /** Each entry as "LEVEL message", followed by its stack trace when it has one. */
    public List<String> entries() {
        synchronized (appender) {
            return appender.list.stream().map(CapturedLog::text).toList();
        }
    }

    private static String text(ILoggingEvent event) {
        String trace = event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getLevel() + " " + event.getFormattedMessage() + trace;
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(level);
        appender.stop();
    }
}
