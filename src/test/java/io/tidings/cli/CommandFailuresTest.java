package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tidings.workspace.AppDirectories;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that fails in a way nobody foresaw still ends in one sentence; the trace goes to the log. */
class CommandFailuresTest {

    @TempDir
    Path home;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(CommandFailures.class);

    @BeforeEach
    void listenToTheLog() {
        log.start();
        logger.addAppender(log);
        logger.setLevel(Level.INFO); // as logback.xml has it; the tests' own configuration keeps only warnings
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
        logger.setLevel(null);
    }

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        private final Throwable failure;

        Broken(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (Exception) failure;
        }
    }

    private CommandRun run(Throwable failure) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = TidingsCommand.commandLine(new AppDirectories(home), new PrintWriter(out, true),
                new PrintWriter(err, true));
        commandLine.addSubcommand("broken", new Broken(failure));
        commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(commandLine.getExecutionExceptionHandler());
        return new CommandRun(commandLine.execute("broken"), out.toString(), err.toString());
    }

    @Test
    void anUnexpectedFailureSaysWhereTheDetailsAreAndLogsTheTrace() {
        CommandRun run = run(new NullPointerException("Cannot invoke \"String.length()\" because \"name\" is null"));

        assertThat(run.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(run.err()).isEqualTo("tidings: something went wrong: 'tidings broken' stopped on a problem Tidings "
                + "did not expect; the details are in " + home.resolve("logs").resolve("tidings.log") + System.lineSeparator());
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel().toString()).isEqualTo("ERROR");
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(NullPointerException.class.getName());
        });
    }

    @Test
    void anErrorIsToldInASentenceToo() {
        CommandRun run = run(new StackOverflowError());

        assertThat(run.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(run.err()).startsWith("tidings: something went wrong: 'tidings broken' went too deep")
                .doesNotContain("\tat ", "Error", "java.");
        assertThat(log.list).singleElement()
                .satisfies(event -> assertThat(event.getThrowableProxy().getClassName()).isEqualTo("java.lang.StackOverflowError"));
    }

    @Test
    void aFailureTidingsForesawPrintsItsMessageAndLogsTheTraceQuietly() {
        CommandRun run = run(new IllegalArgumentException("There is no template called \"Spring\"."));

        assertThat(run.err()).isEqualTo("tidings: There is no template called \"Spring\"." + System.lineSeparator());
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel().toString()).isEqualTo("INFO");
            assertThat(event.getThrowableProxy()).isNotNull();
        });
    }

    @Test
    void aLibrarysOwnIllegalArgumentIsNotShownAsIfItWereWords() {
        CommandRun run = run(new NumberFormatException("For input string: \"abc\""));

        assertThat(run.err()).startsWith("tidings: something went wrong: ").doesNotContain("For input string");
    }

    @Test
    void controlCharactersInAMessageAreShownNotObeyed() {
        CommandRun run = run(new IllegalArgumentException("\"\u001B[31mRED\" is not a country"));

        assertThat(run.err()).isEqualTo("tidings: \"\\u001B[31mRED\" is not a country" + System.lineSeparator());
    }
}
