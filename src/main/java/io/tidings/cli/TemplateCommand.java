package io.tidings.cli;

import io.tidings.template.TemplateSummary;
import io.tidings.work.KnownNames;
import io.tidings.template.MessageVariables;
import io.tidings.template.RenderedMessage;
import io.tidings.template.Template;
import io.tidings.template.TemplateField;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplateProblem;
import io.tidings.template.TemplateType;
import io.tidings.work.FileErrors;
import io.tidings.wiring.OpenedWorkspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings template ...}: import, export and render message templates. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Import, export and render message templates (Pinpoint template JSON).")
final class TemplateCommand {

    @Spec
    private CommandSpec spec;

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a template from Pinpoint's template JSON.")
    int importTemplate(
            @Mixin WorkspaceOption workspace,
            @Option(names = "--name", paramLabel = "NAME",
                    description = "The template's name (default: the file's TemplateName).") String name,
            @Option(names = "--type", paramLabel = "TYPE",
                    description = "email, sms, push or voice (default: taken from the file's shape).") String type,
            @Parameters(paramLabel = "FILE.json", description = "The template JSON file.") Path json) {
        String text = read(json);
        return inWorkspace(workspace, services -> {
            long id = services.templates().importJson(text, name, type == null ? null : parseType(type));
            Template template = services.templates().template(id).orElseThrow();
            spec.commandLine().getOut().printf("Imported %s template \"%s\"%n",
                    template.type().name().toLowerCase(Locale.ROOT), template.name());
            return 0;
        });
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a template's active version as Pinpoint's template request JSON.")
    int exportTemplate(
            @Mixin WorkspaceOption workspace,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The template.") String name,
            @Parameters(paramLabel = "OUT.json", description = "The file to write.") Path out) {
        return inWorkspace(workspace, services -> {
            Template template = named(services, name);
            services.templates().exportJson(template.id(), out);
            spec.commandLine().getOut().printf("Exported \"%s\" (version %d) to %s%n", template.name(),
                    template.summary().activeVersion(), out);
            return 0;
        });
    }

    /** Either an endpoint or the defaults, exactly one. */
    static final class Audience {
        @Option(names = "--endpoint", paramLabel = "ID", description = "Render for this endpoint.")
        String endpoint;
        @Option(names = "--defaults", description = "Render with the template's default values only.")
        boolean defaults;
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Print a template rendered for an endpoint or for its default values, every part.")
    int render(
            @Mixin WorkspaceOption workspace,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The template.") String name,
            @ArgGroup(exclusive = true, multiplicity = "1") Audience audience) {
        return inWorkspace(workspace, services -> {
            Template template = named(services, name);
            Map<String, String> defaults = template.content().defaults();
            Map<String, Object> variables = audience.endpoint == null
                    ? MessageVariables.ofDefaults(defaults)
                    : MessageVariables.of(services.previewEndpoints().endpoint(audience.endpoint).orElseThrow(() ->
                            new IllegalArgumentException("The workspace has no endpoint \"" + audience.endpoint + "\".")),
                            defaults);
            RenderedMessage message = services.templateRenderer().render(template.content(), variables);
            PrintWriter out = spec.commandLine().getOut();
            for (TemplateField field : TemplateFields.of(template.type())) {
                if (message.parts().containsKey(field.path())) {
                    String label = field.path().equals(TemplateFields.TEXT_PART) && message.textPartDerived()
                            ? "Text part (derived from the HTML part)" : field.label();
                    out.printf("== %s ==%n%s%n", label, message.part(field.path()));
                }
            }
            for (TemplateProblem problem : message.problems()) {
                spec.commandLine().getErr().println("tidings: " + problem.describe());
            }
            return message.hasErrors() ? TidingsCommand.FAILED : 0;
        });
    }

    private static int inWorkspace(WorkspaceOption workspace, Function<OpenedWorkspace, Integer> work) {
        try (OpenedWorkspace opened = workspace.open()) {
            return work.apply(opened);
        }
    }

    private static Template named(OpenedWorkspace services, String name) {
        return services.templates().templateNamed(name).orElseThrow(() ->
                new IllegalArgumentException(KnownNames.notFound("template", name, services.templates().list().stream()
                        .map(TemplateSummary::name).toList())));
    }

    private static TemplateType parseType(String type) {
        try {
            return TemplateType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--type must be email, sms, push or voice, not \"" + type + "\".");
        }
    }

    private static String read(Path json) {
        try {
            return Files.readString(json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(FileErrors.whyUnreadable(json, e));
        }
    }
}
