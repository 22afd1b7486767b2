package io.tidings.template;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.channel.sandbox.SandboxOutbox;
import io.tidings.store.Database;
import io.tidings.work.NumericIds;
import io.tidings.work.OutputCheck;
import io.tidings.work.Quote;
import io.tidings.work.WholeFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The message templates of one workspace. Content is kept as the template's Pinpoint request
 * JSON, one row per saved version: every save adds a version and makes it the active one, and
 * restoring an old version saves its content again as the newest.
 */
public final class TemplateService {

    private static final String TEMPLATE_DESCRIPTION = "TemplateDescription";

    private final Database database;
    private final Clock clock;
    private final TemplateRepository repository = new TemplateRepository();
    private final SandboxOutbox sandbox;
    private final TemplateUsers users;

    /** @param sandbox where "Send test" captures a message instead of sending it */
    public TemplateService(Database database, SandboxOutbox sandbox, Clock clock) {
        this(database, sandbox, clock, TemplateUsers.NONE);
    }

    /** @param users what else sends a template (campaigns), which refuses its deletion */
    public TemplateService(Database database, SandboxOutbox sandbox, Clock clock, TemplateUsers users) {
        this.database = database;
        this.sandbox = sandbox;
        this.clock = clock;
        this.users = users;
    }

    /** Creates a template whose first version is {@code pinpointJson}; returns its id. */
    public long create(String name, TemplateType type, String description, String pinpointJson) {
        return create(name, TemplateContent.parse(type, pinpointJson), description);
    }

    /** Creates a template with {@code content} as its first version; returns its id. */
    public long create(String name, TemplateContent content, String description) {
        String checked = checkedName(name);
        return database.write(connection -> repository.insert(connection, checked, content, description, now()));
    }

    public List<TemplateSummary> list() {
        return database.read(repository::list);
    }

    /** The template with its active version's content. */
    public Optional<Template> template(long id) {
        return database.read(connection -> {
            Optional<TemplateSummary> summary = repository.summary(connection, id);
            if (summary.isEmpty()) {
                return Optional.empty();
            }
            String json = repository.content(connection, id, summary.get().activeVersion()).orElse("{}");
            return Optional.of(new Template(summary.get(), TemplateContent.parse(summary.get().type(), json)));
        });
    }

    /** The template of that name, ignoring case. */
    public Optional<Template> templateNamed(String name) {
        return database.read(connection -> repository.summaryByName(connection, name))
                .flatMap(summary -> template(summary.id()));
    }

    /** The template {@code reference} names: by its name first, else by its id ("12"), as files and commands name them. */
    public Optional<Template> findByNameOrId(String reference) {
        return templateNamed(reference.strip()).or(() -> NumericIds.of(reference).flatMap(this::template));
    }

    /** Saves {@code content} as the template's newest version and makes it active; returns its number. */
    public int save(long id, TemplateContent content) {
        return database.write(connection -> {
            TemplateSummary summary = existing(connection, id);
            if (summary.type() != content.type()) {
                throw new IllegalArgumentException(Quote.of(summary.name()) + " is " + summary.type().withArticle()
                        + "; it cannot hold " + content.type().words() + " content.");
            }
            String description = content.field(TEMPLATE_DESCRIPTION);
            if (!description.isBlank()) {
                repository.updateDescription(connection, id, description);
            }
            return repository.addVersion(connection, id, content, now());
        });
    }

    public List<TemplateVersion> versions(long id) {
        return database.read(connection -> repository.versions(connection, id));
    }

    public TemplateContent version(long id, int version) {
        return database.read(connection -> {
            TemplateSummary summary = existing(connection, id);
            String json = repository.content(connection, id, version).orElseThrow(() -> new IllegalArgumentException(
                    Quote.of(summary.name()) + " has no version " + version + "."));
            return TemplateContent.parse(summary.type(), json);
        });
    }

    /** Makes an existing version the one messages are sent with, without adding a version. */
    public void activate(long id, int version) {
        database.write(connection -> {
            TemplateSummary summary = existing(connection, id);
            if (repository.content(connection, id, version).isEmpty()) {
                throw new IllegalArgumentException(Quote.of(summary.name()) + " has no version " + version + ".");
            }
            repository.activate(connection, id, version, now());
            return null;
        });
    }

    /** Saves an old version's content again as the newest, active version; returns its number. */
    public int restore(long id, int version) {
        return save(id, version(id, version));
    }

    public void rename(long id, String name) {
        String checked = checkedName(name);
        database.write(connection -> {
            existing(connection, id);
            repository.rename(connection, id, checked, now());
            return null;
        });
    }

    /** Copies the active version into a new template named {@code name}; returns its id. */
    public long duplicate(long id, String name) {
        Template original = template(id).orElseThrow(() -> missing(id));
        return create(name, original.content(), original.summary().description());
    }

    /** Deletes a template and its versions, unless a campaign still to send uses it; the message names those. */
    public void delete(long id) {
        List<String> campaigns = users.usersOf(id);
        if (!campaigns.isEmpty()) {
            String name = template(id).map(Template::name).orElse("Template " + id);
            throw new IllegalArgumentException(Quote.of(name) + " cannot be deleted: " + String.join(", ", campaigns)
                    + (campaigns.size() == 1 ? " sends" : " send") + " it. Cancel or finish "
                    + (campaigns.size() == 1 ? "it" : "them") + " first.");
        }
        database.write(connection -> repository.delete(connection, id));
    }

    /** Imports a template from Pinpoint's JSON; returns its id. */
    public long importJson(String json, String name, TemplateType type) {
        PinpointTemplateJson.Imported imported = PinpointTemplateJson.read(json, type);
        RecursivePartials.in(imported.content()).stream().findFirst().ifPresent(problem -> {
            throw new IllegalArgumentException("The template cannot be imported: " + problem.describe());
        });
        String chosen = name != null && !name.isBlank() ? name : imported.name();
        if (chosen == null || chosen.isBlank()) {
            throw new IllegalArgumentException("The file has no TemplateName; give the template a name.");
        }
        String description = imported.content().field(TEMPLATE_DESCRIPTION);
        return create(chosen, imported.content(), description.isBlank() ? null : description);
    }

    /** The active version as Pinpoint's request JSON. */
    public String exportJson(long id) {
        return PinpointTemplateJson.write(template(id).orElseThrow(() -> missing(id)).content());
    }

    /** Writes the active version as Pinpoint's request JSON to {@code file}, whole, never over the workspace. */
    public void exportJson(long id, Path file) {
        OutputCheck.workspace(database.file()).check(file);
        WholeFile.writeText(file, exportJson(id) + "\n");
    }

    /** Captures a test message in the sandbox outbox instead of sending it; returns its id. */
    public long sendToSandbox(Long templateId, TemplateType channel, String address, String subject, String body,
            String html) {
        return sandbox.captureTest(templateId, DeliveryChannel.valueOf(channel.name()), address, subject, body, html);
    }

    /** The newest captured messages first. */
    public List<SandboxMessage> sandboxMessages(int limit) {
        return sandbox.newest(limit);
    }

    private TemplateSummary existing(java.sql.Connection connection, long id) throws java.sql.SQLException {
        return repository.summary(connection, id).orElseThrow(() -> missing(id));
    }

    private static IllegalArgumentException missing(long id) {
        return new IllegalArgumentException("Template " + id + " is no longer in the workspace.");
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A template needs a name.");
        }
        if (name.strip().length() > 128) {
            throw new IllegalArgumentException("A template name has at most 128 characters (Pinpoint's limit).");
        }
        return name.strip();
    }

    private Instant now() {
        return clock.instant();
    }
}
