package io.tidings.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline partials that include themselves would render for ever: they are refused by name, never a stack overflow. */
class RecursivePartialsTest {

    private static final String ISSUE_TEMPLATE =
            "{\"Subject\":\"Hi\",\"HtmlPart\":\"{{#*inline \\\"r\\\"}}x{{> r}}{{/inline}}{{> r}}\"}";

    @TempDir
    Path folder;

    private final TemplateRenderer renderer = new TemplateRenderer();

    private RenderedMessage renderHtml(String html) {
        TemplateContent content = TemplateContent.empty(TemplateType.EMAIL).withField(TemplateFields.SUBJECT, "Hi")
                .withField(TemplateFields.HTML_PART, html);
        return renderer.render(content, MessageVariables.ofDefaults(Map.of()));
    }

    @Test
    void aPartialThatIncludesItselfIsAProblemNamingIt() {
        RenderedMessage message = renderer.render(TemplateContent.parse(TemplateType.EMAIL, ISSUE_TEMPLATE),
                MessageVariables.ofDefaults(Map.of()));

        assertThat(message.hasErrors()).isTrue();
        assertThat(message.problems()).extracting(TemplateProblem::describe).containsExactly(
                "HTML part, line 1, column 18: the partial \"r\" includes itself ({{> r}}), so it would never finish "
                        + "rendering. Remove that {{> r}}.");
    }

    @Test
    void partialsThatIncludeEachOtherAreNamedWithTheirCircle() {
        RenderedMessage message = renderHtml("{{#*inline \"r\"}}<p>{{> s}}</p>{{/inline}}\n"
                + "{{#*inline 's'}}{{~> \"r\" ~}}{{/inline}}{{> r}}");

        assertThat(message.problems()).extracting(TemplateProblem::describe).containsExactly(
                "HTML part, line 1, column 20: the partial \"r\" includes itself through \"s\" (r > s > r), so it "
                        + "would never finish rendering.");
    }

    @Test
    void aPartialWhoseNameIsWorkedOutWhileRenderingStopsWithAProblemInsteadOfAStackOverflow() {
        RenderedMessage message = renderHtml("{{#*inline \"r\"}}x{{> (lower \"R\")}}{{/inline}}{{> r}}");

        assertThat(message.problems()).extracting(TemplateProblem::describe).containsExactly(
                "HTML part: this part never finishes rendering: a partial includes itself without end.");
    }

    @Test
    void partialsUsedTwiceAndWithinOneAnotherStillRender() {
        RenderedMessage message = renderHtml("{{#*inline \"a\"}}A{{/inline}}{{#*inline \"b\"}}{{> a}}-{{> a}}{{/inline}}"
                + "{{> b}}{{> a}}{{!-- {{> b}} --}}");

        assertThat(message.problems()).isEmpty();
        assertThat(message.part(TemplateFields.HTML_PART)).isEqualTo("A-AA");
    }

    @Test
    void importRefusesARecursivePartialByNameAndKeepsNothing() {
        try (Workspace workspace = new WorkspaceService().create(folder.resolve("t.tidings"), "T")) {
            TemplateService templates = Wiring.templateService(workspace.database());

            assertThatThrownBy(() -> templates.importJson(ISSUE_TEMPLATE, "Loop", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The template cannot be imported: HTML part, line 1, column 18: the partial \"r\" "
                            + "includes itself ({{> r}}), so it would never finish rendering. Remove that {{> r}}.");
            assertThat(templates.list()).isEmpty();
        }
    }

    @Test
    void theEditorsPreviewShowsTheProblem() {
        TemplatePreview preview = new TemplatePreviewer(renderer).preview(
                TemplateContent.parse(TemplateType.EMAIL, ISSUE_TEMPLATE), Optional.empty(), Set.of(), false);

        assertThat(preview.problems()).filteredOn(problem -> problem.severity() == TemplateProblem.Severity.ERROR)
                .extracting(TemplateProblem::message).singleElement().asString()
                .startsWith("the partial \"r\" includes itself");
    }
}
