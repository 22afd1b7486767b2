package io.tidings.journey;

import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.template.TemplateService;
import io.tidings.work.FileErrors;
import io.tidings.work.OutputCheck;
import io.tidings.work.Quote;
import io.tidings.work.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The journeys of one workspace: list, find, create, save (naming the version edited, so that two editors never
 * overwrite each other), validate, import and export Pinpoint's JSON, delete. Every method may block on the database;
 * call it off the JavaFX thread. A change is one transaction.
 */
public final class JourneyService {

    private final Database database;
    private final WorkspaceJourneyAssets assets;
    private final JourneyValidator validator;
    private final Clock clock;
    private final JourneyRepository repository = new JourneyRepository();

    public JourneyService(Database database, SegmentService segments, TemplateService templates, Clock clock) {
        this.database = database;
        this.assets = new WorkspaceJourneyAssets(segments, templates);
        this.validator = new JourneyValidator(assets);
        this.clock = clock;
    }

    public List<Journey> list() {
        return database.read(repository::list);
    }

    public Optional<Journey> find(long id) {
        return database.read(connection -> repository.find(connection, id));
    }

    public Optional<Journey> findByName(String name) {
        return name == null || name.isBlank() ? Optional.empty()
                : database.read(connection -> repository.findByName(connection, name));
    }

    /** Saves a new draft journey named {@code name}. */
    public Journey create(String name, JourneyGraph graph) {
        String chosen = checkedName(name);
        return database.write(connection -> {
            if (repository.findByName(connection, chosen).isPresent()) {
                throw new InvalidJourneyException("There is already a journey called " + Quote.of(chosen)
                        + ": choose another name.");
            }
            long id = repository.insert(connection, chosen, graph, clock.instant());
            return repository.find(connection, id).orElseThrow();
        });
    }

    /**
     * Saves {@code graph} over the draft's {@code version}; refused when the journey was saved meanwhile (by another
     * window or a command), or is no longer a draft.
     */
    public Journey save(long id, int version, JourneyGraph graph) {
        return database.write(connection -> {
            Journey journey = repository.find(connection, id).orElseThrow(() -> missing(id));
            if (journey.state() != JourneyState.DRAFT) {
                throw new InvalidJourneyException("The journey " + Quote.of(journey.name()) + " is "
                        + word(journey.state()) + ": only a draft can be changed.");
            }
            if (!repository.update(connection, id, version, graph, clock.instant())) {
                throw new InvalidJourneyException("The journey " + Quote.of(journey.name()) + " was saved elsewhere "
                        + "since it was opened (it is at version " + journey.version() + ", these edits are on "
                        + "version " + version + "): open it again to see those changes.");
            }
            return repository.find(connection, id).orElseThrow();
        });
    }

    /** Deletes a draft, or a journey that has ended (stopped or completed). */
    public void delete(long id) {
        database.write(connection -> {
            Journey journey = repository.find(connection, id).orElseThrow(() -> missing(id));
            if (journey.state() == JourneyState.PUBLISHED || journey.state() == JourneyState.PAUSED) {
                throw new InvalidJourneyException("The journey " + Quote.of(journey.name()) + " is "
                        + word(journey.state()) + ": stop it before deleting it.");
            }
            repository.delete(connection, id);
            return null;
        });
    }

    /** What stands between the journey and publishing it, and what else the marketer should know. */
    public List<Issue> validate(JourneyGraph graph) {
        return validator.validate(graph);
    }

    /** Reads a journey file: Pinpoint's WriteJourneyRequest, with segments and templates as in this workspace. */
    public JourneyJson.Imported readJson(String json) {
        return JourneyJson.read(json, assets);
    }

    /** Saves the journey a file holds as a new draft, named {@code name} or else the file's Name. */
    public Journey importJson(String json, String name) {
        JourneyJson.Imported imported = readJson(json);
        String chosen = name != null && !name.isBlank() ? name : imported.name();
        if (chosen == null || chosen.isBlank()) {
            throw new InvalidJourneyException("The journey has no Name: give it one.");
        }
        return create(chosen, imported.graph());
    }

    public Journey importJson(Path file, String name) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidJourneyException(FileErrors.whyUnreadable(file, e), e);
        }
        try {
            return importJson(json, name);
        } catch (InvalidJourneyException wrong) {
            throw new InvalidJourneyException(file.getFileName() + ": " + wrong.getMessage(), wrong);
        }
    }

    /**
     * The journey as a WriteJourneyRequest with its Name, segments and templates by name; {@code forPinpoint} leaves
     * out the canvas positions (Tidings' {@code TidingsCanvas}), which Pinpoint's API does not take.
     */
    public String exportJson(long id, boolean forPinpoint) {
        Journey journey = find(id).orElseThrow(() -> missing(id));
        return JourneyJson.write(journey.name(), journey.graph(), assets, !forPinpoint);
    }

    /** Writes {@link #exportJson(long, boolean)} to {@code file}, whole, never over the workspace or {@code input}. */
    public void exportJson(long id, Path file, Path input, boolean forPinpoint) {
        OutputCheck.workspace(database.file()).and("the file being read", input).check(file);
        WholeFile.writeText(file, exportJson(id, forPinpoint) + "\n");
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidJourneyException("A journey needs a name.");
        }
        String stripped = name.strip();
        if (stripped.length() > 200) {
            throw new InvalidJourneyException("The journey's name is " + stripped.length() + " characters long: "
                    + "give at most 200.");
        }
        return stripped;
    }

    private static InvalidJourneyException missing(long id) {
        return new InvalidJourneyException("There is no journey with id " + id + " (deleted meanwhile?).");
    }

    static String word(JourneyState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
