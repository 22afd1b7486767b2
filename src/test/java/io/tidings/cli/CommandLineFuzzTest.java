package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.store.Database;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file the command line reads, mutated the way real files go wrong (a flipped byte, a cut-off end, a huge or
 * empty field, another encoding, deep nesting, a NUL byte), given to the command that reads it. Whatever the file
 * holds, the command ends within a time bound with exit code 0 or 1, says what is wrong without a stack trace, and
 * leaves a workspace that opens, passes SQLite's integrity check, and is unchanged when the command failed.
 *
 * <p>Each case draws its command and mutations from a generator seeded with the run's seed and the case's
 * number, so a failing case is named by both and repeats exactly. {@code mvn verify} runs a thousand cases with a
 * fixed seed; {@code -Dtidings.fuzz.cases=100000} runs more and {@code -Dtidings.fuzz.seed=N} others
 * (docs/BENCHMARKS.md).
 */
class CommandLineFuzzTest {

    private static final long SECONDS_A_CASE = 30;
    private static final int CASES = Integer.getInteger("tidings.fuzz.cases", 1_000);
    private static final long SEED = Long.getLong("tidings.fuzz.seed", 20_261_206L);
    private static Path folder;
    private static Path pristine;
    private static ExecutorService runner;

    /** A command that reads a file, and how it names its arguments for a workspace and that file. */
    record Reader(String name, String seed, Function<Arguments, List<String>> arguments, boolean changesOnlyWhenOk) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Arguments(Path workspace, Path file) {
    }

    /** One case: a command, the seed file it reads, and the mutations made to it. */
    record Case(long seed, int number, Reader reader, List<Mutation> mutations) {

        static Case drawn(int number) {
            return drawn(SEED, number);
        }

        static Case drawn(long seed, int number) {
            RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed * 1_000_003L + number);
            List<Reader> readers = readers();
            Reader reader = readers.get(random.nextInt(readers.size()));
            List<Mutation> mutations = new ArrayList<>();
            for (int count = random.nextInt(1, 4); count > 0; count--) {
                mutations.add(Mutation.random(random));
            }
            return new Case(seed, number, reader, mutations);
        }

        byte[] file() {
            byte[] bytes = reader.seed().getBytes(StandardCharsets.UTF_8);
            for (Mutation mutation : mutations) {
                bytes = mutation.apply(bytes);
            }
            return bytes;
        }

        @Override
        public String toString() {
            return "case " + number + " of seed " + seed + ": " + reader + " " + mutations;
        }
    }

    @BeforeAll
    static void createTheWorkspace() throws IOException {
        folder = Files.createTempDirectory("tidings-fuzz");
        pristine = folder.resolve("pristine.tidings");
        // A small workspace holding each kind of thing the commands change: copied and compared per case.
        new Wiring(Wiring.Host.COMMAND_LINE).create(pristine, "Fuzz").close();
        for (Reader reader : readers()) {
            if (!reader.name().equals("segment count")) {
                Path seed = Files.writeString(folder.resolve("seed" + extension(reader)), reader.seed());
                CommandRun run = CommandRun.of(folder.resolve("home"), reader.arguments()
                        .apply(new Arguments(pristine, seed)).toArray(String[]::new));
                assertThat(run.exitCode()).as("%s on its unmutated file: %s", reader, run.err()).isZero();
            }
        }
        runner = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void removeTheFiles() throws IOException {
        runner.shutdownNow();
        try (var files = Files.walk(folder)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }

    @TestFactory
    Stream<DynamicTest> aCommandGivenAMutatedFileFailsInWordsAndKeepsTheWorkspaceWhole() {
        return IntStream.rangeClosed(1, CASES).mapToObj(Case::drawn)
                .map(fuzz -> DynamicTest.dynamicTest(fuzz.toString(), () -> check(fuzz)));
    }

    /** Cases that failed in a long run (seed, case number), run in every build once fixed. */
    @TestFactory
    Stream<DynamicTest> casesALongRunFoundStayFixed() {
        // Seed 1206, case 62644: NDJSON in UTF-16 with a NUL byte; the parser's encoding error reached the user as
        // "java.io.CharConversionException: Unsupported UCS-4 endianness".
        return Stream.of(Case.drawn(1206, 62_644))
                .map(fuzz -> DynamicTest.dynamicTest(fuzz.toString(), () -> check(fuzz)));
    }

    private static void check(Case fuzz) throws Exception {
        Path workspace = folder.resolve("case-" + fuzz.seed() + "-" + fuzz.number() + ".tidings");
        Files.copy(pristine, workspace);
        Path input = folder.resolve("input-" + fuzz.seed() + "-" + fuzz.number() + extension(fuzz.reader()));
        Files.write(input, fuzz.file());
        String before = contentOf(workspace);

        List<String> arguments = fuzz.reader().arguments().apply(new Arguments(workspace, input));
        Future<CommandRun> running = runner.submit(() -> CommandRun.of(folder.resolve("home"),
                arguments.toArray(String[]::new)));
        CommandRun run;
        try {
            run = running.get(SECONDS_A_CASE, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new AssertionError(fuzz + " ran for more than " + SECONDS_A_CASE + " s");
        }

        assertThat(run.exitCode()).as("%s: exit code; stderr: %s", fuzz, shortened(run.err())).isIn(0, 1);
        String printed = run.err() + run.out();
        for (String sign : List.of("\tat ", "Exception", "java.lang.", "java.util.", "com.fasterxml", "org.sqlite")) {
            int at = printed.indexOf(sign);
            if (at >= 0) {
                // Only around the match: a huge field's text in a failure report overflows the test runner's stream.
                throw new AssertionError(fuzz + ": printed \"" + sign + "\" in: " + shortened(
                        printed.substring(Math.max(0, at - 200), Math.min(printed.length(), at + 200))));
            }
        }
        if (run.exitCode() != 0) {
            assertThat(printed.isBlank()).as("%s: a failure says why", fuzz).isFalse();
        }
        assertThat(integrityOf(workspace)).as("%s: PRAGMA integrity_check", fuzz).isEqualTo("ok");
        if (run.exitCode() != 0 && fuzz.reader().changesOnlyWhenOk()) {
            assertThat(contentOf(workspace)).as("%s: the workspace after a failure", fuzz).isEqualTo(before);
        }
        Files.delete(input);
        deleteWorkspace(workspace);
    }

    private static List<Reader> readers() {
        String csv = """
                ChannelType,Address,Id,Location.Country,Attributes.Interests,User.UserId,User.UserAttributes.FirstName,Metrics.Points
                EMAIL,ada@example.com,fz-1,GB,"hiking,books",u-fz-1,Ada,42
                SMS,+14155550123,fz-2,US,,u-fz-2,Grace,7
                """;
        String ndjson = """
                {"ChannelType":"EMAIL","Address":"ada@example.com","Id":"fz-1","Location":{"Country":"GB"},"Attributes":{"Interests":["hiking"]},"User":{"UserId":"u-fz-1","UserAttributes":{"FirstName":["Ada"]}},"Metrics":{"Points":42}}
                {"ChannelType":"SMS","Address":"+14155550123","Id":"fz-2","OptOut":"NONE","Demographic":{"Timezone":"America/Los_Angeles"}}
                """;
        String segment = """
                {"Dimensions":{"Demographic":{"Platform":{"DimensionType":"INCLUSIVE","Values":["iOS","Android"]}},
                 "Location":{"Country":{"DimensionType":"INCLUSIVE","Values":["US","CA"]}},
                 "Attributes":{"Interests":{"AttributeType":"INCLUSIVE","Values":["hiking"]}},
                 "Metrics":{"Points":{"ComparisonOperator":"GREATER_THAN","Value":10}}}}
                """;
        String template = """
                {"Subject":"Hi {{User.UserAttributes.FirstName}}","HtmlPart":"<p>{{#if Attributes.City}}{{Attributes.City}}{{/if}} <a href=\\"{{UnsubscribeUrl}}\\">Unsubscribe</a></p>",
                 "DefaultSubstitutions":"{\\"User.UserAttributes.FirstName\\":\\"there\\"}","TemplateDescription":"fuzz"}
                """;
        String accounts = """
                {"email":{"provider":"smtp","ratePerSecond":50,"fromAddress":"news@example.com","fromName":"News",
                 "smtp":{"host":"smtp.example.com","port":587,"security":"starttls"}},
                 "sms":{"provider":"sandbox"}}
                """;
        return List.of(
                new Reader("import csv", csv, a -> List.of("import", "--workspace", a.workspace().toString(),
                        "--format", "csv", a.file().toString()), true),
                new Reader("import csv --skip-bad-rows", csv, a -> List.of("import", "--workspace",
                        a.workspace().toString(), "--skip-bad-rows", "--format", "csv", a.file().toString()), false),
                new Reader("import ndjson", ndjson, a -> List.of("import", "--workspace", a.workspace().toString(),
                        "--format", "ndjson", a.file().toString()), true),
                new Reader("segment count", segment, a -> List.of("segment", "count", "--workspace",
                        a.workspace().toString(), "--definition", a.file().toString()), true),
                new Reader("segment create", segment, a -> List.of("segment", "create", "--workspace",
                        a.workspace().toString(), "--name", "Fuzzed", "--definition", a.file().toString()), true),
                new Reader("template import", template, a -> List.of("template", "import", "--workspace",
                        a.workspace().toString(), "--name", "Fuzzed", "--type", "email", a.file().toString()), true),
                new Reader("accounts save", accounts, a -> List.of("accounts", "save", "--workspace",
                        a.workspace().toString(), "--settings", a.file().toString()), true));
    }

    private static String extension(Reader reader) {
        return reader.name().contains("csv") ? ".csv" : reader.name().contains("ndjson") ? ".ndjson" : ".json";
    }

    /** A digest of every row of every table, to tell whether a failed command changed anything. */
    private static String contentOf(Path workspace) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Database database = Database.open(workspace)) {
            database.read(connection -> {
                List<String> tables = new ArrayList<>();
                try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    try (var statement = connection.createStatement();
                            ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                        int columns = rows.getMetaData().getColumnCount();
                        digest.update(table.getBytes(StandardCharsets.UTF_8));
                        while (rows.next()) {
                            for (int column = 1; column <= columns; column++) {
                                digest.update(String.valueOf(rows.getObject(column)).getBytes(StandardCharsets.UTF_8));
                                digest.update((byte) 0);
                            }
                        }
                    }
                }
                return null;
            });
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String integrityOf(Path workspace) {
        try (OpenedWorkspace opened = new Wiring(Wiring.Host.COMMAND_LINE).open(workspace)) {
            return opened.workspace().database().read(connection -> {
                try (var statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
        }
    }

    private static void deleteWorkspace(Path workspace) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(workspace + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String shortened(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
