package io.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tidings.work.JsonErrors;
import io.tidings.work.Quote;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What the user reads when a command fails, and what the log keeps. A failure Tidings foresaw (its own exceptions,
 * and the IllegalArgumentException or UncheckedIOException its code throws with a message in words) prints that
 * message; anything else prints one sentence and where the log is. The trace always goes to the log, never to the
 * terminal. Exit code 1.
 */
final class CommandFailures implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CommandFailures.class);

    private final Path logFile;

    CommandFailures(Path logFile) {
        this.logFile = logFile;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine failed, ParseResult parseResult) {
        Throwable failure = unwrapped(exception);
        String command = failed.getCommandSpec().qualifiedName(" ");
        String words = inWords(failure);
        if (words != null) {
            LOG.info("'{}' failed: {}", command, words, failure);
            failed.getErr().println("tidings: " + Quote.message(words));
        } else {
            LOG.error("'{}' failed on something Tidings did not expect", command, failure);
            failed.getErr().println("tidings: something went wrong: " + unexpected(failure, "'" + command + "'")
                    + "; the details are in " + logFile);
        }
        failed.getErr().flush();
        return TidingsCommand.FAILED;
    }

    /**
     * Runs the command as picocli does, and hands an Error (a stack overflow, say) to this handler as well:
     * picocli passes on an Error a Callable throws, which would reach the terminal as a stack trace.
     */
    static CommandLine.IExecutionStrategy catchingErrors() {
        return parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (Error error) {
                List<CommandLine> parsed = parseResult.asCommandLineList();
                throw new CommandLine.ExecutionException(parsed.get(parsed.size() - 1), "The command stopped on an Error", error);
            }
        };
    }

    /** For the command line's other threads: their failures go to the log too, and the terminal gets a sentence. */
    Thread.UncaughtExceptionHandler inBackground(PrintWriter err) {
        return (thread, failure) -> {
            LOG.error("Thread {} stopped on something Tidings did not expect", thread.getName(), failure);
            err.println("tidings: something went wrong: " + unexpected(failure, "work in the background")
                    + "; the details are in " + logFile);
            err.flush();
        };
    }

    /** The failure's message, when it is one Tidings wrote for the user; null otherwise. */
    static String inWords(Throwable failure) {
        if (failure instanceof JsonProcessingException json) {
            return "The JSON cannot be read: " + JsonErrors.describe(json) + ".";
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return null;
        }
        if (failure.getClass().getName().startsWith("io.tidings.")) {
            return message;
        }
        boolean plainKind = failure.getClass() == IllegalArgumentException.class || failure instanceof UncheckedIOException;
        return plainKind && thrownByTidings(failure) ? message : null;
    }

    private static boolean thrownByTidings(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.tidings.");
    }

    private static String unexpected(Throwable failure, String what) {
        if (failure instanceof OutOfMemoryError) {
            return what + " ran out of memory";
        }
        if (failure instanceof StackOverflowError) {
            return what + " went too deep (a template or segment that refers to itself, say)";
        }
        return what + " stopped on a problem Tidings did not expect";
    }

    /** picocli wraps an Error in its ExecutionException, and work on other threads arrives in a CompletionException. */
    private static Throwable unwrapped(Throwable failure) {
        Throwable found = failure;
        while ((found instanceof CommandLine.ExecutionException || found instanceof CompletionException
                || found instanceof java.util.concurrent.ExecutionException) && found.getCause() != null) {
            found = found.getCause();
        }
        return found;
    }
}
