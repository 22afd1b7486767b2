package io.tidings.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Handlebars' parse errors reach the marketer in words, at the tag to fix. */
class HandlebarsMistakesTest {

    private final TemplateRenderer renderer = new TemplateRenderer();

    private String problemIn(String html) {
        TemplateContent content = TemplateContent.empty(TemplateType.EMAIL).withField(TemplateFields.SUBJECT, "Hi")
                .withField(TemplateFields.HTML_PART, html);
        RenderedMessage message = renderer.render(content, MessageVariables.ofDefaults(Map.of()));
        assertThat(renderer.checkSyntax(content)).extracting(TemplateProblem::describe)
                .isSubsetOf(message.problems().stream().map(TemplateProblem::describe).toList());
        assertThat(message.problems()).hasSize(1);
        return message.problems().get(0).describe();
    }

    @Test
    void anUnclosedBlockIsNamedWhereItOpens() {
        assertThat(problemIn("<p>Hello</p>\n<p>\n{{#if User.UserAttributes.FirstName}}\nDear {{User.UserAttributes.FirstName}}\n"))
                .isEqualTo("HTML part, line 3, column 1: {{#if}} is never closed: add {{/if}} where the block should end.");
    }

    @Test
    void theInnermostUnclosedBlockIsTheOneNamed() {
        assertThat(problemIn("{{#if a}}\n  {{#each Attributes.Interests}}{{this}}\n{{/if}}"))
                .isEqualTo("HTML part, line 2, column 3: {{#each}} is never closed: add {{/each}} where the block "
                        + "should end.");
        assertThat(problemIn("Hi\n{{#each Attributes.Interests}}{{this}}{{/if}}"))
                .contains("{{/if}} closes {{#each}} (opened on line 2): close blocks in the reverse order");
        assertThat(problemIn("{{#if a}}\n  {{#each Attributes.Interests}}{{this}}{{/each}}\n"))
                .isEqualTo("HTML part, line 1, column 1: {{#if}} is never closed: add {{/if}} where the block should end.");
    }

    @Test
    void aStrayCloseTagSaysNoBlockWasOpened() {
        assertThat(problemIn("<p>Hi</p>\n{{#if a}}x{{/if}}{{/if}}"))
                .isEqualTo("HTML part, line 2, column 18: {{/if}} closes a block that was never opened (or was closed already).");
    }

    @Test
    void anUnknownHelperIsNamedWithHowVariablesAreWritten() {
        assertThat(problemIn("Hi {{shout FirstName}}")).startsWith("HTML part, line 1, column ")
                .contains("there is no helper named \"shout\"");
        assertThat(problemIn("Hi\n{{#shout Attributes.Name}}x{{/shout}}")).startsWith("HTML part, line 2, column 1: "
                + "there is no helper named \"shout\"");
    }

    @Test
    void aTagWithoutItsClosingBracesIsSaidSo() {
        assertThat(problemIn("Hi {{Attributes.Name")).endsWith("this tag is never closed: end it with }}.");
        assertThat(problemIn("Hi {{{Attributes.Name}}")).endsWith("a tag opened with {{{ must end with }}}, not \"}}\".");
        assertThat(problemIn("Hi\n{{ Attributes.Name }")).isEqualTo(
                "HTML part, line 2, column 20: this tag ends with a single } : close it with }}.");
    }

    @Test
    void noMessageRepeatsTheParsersOwnWords() {
        for (String broken : new String[] {"{{#if a}}", "{{/if}}", "{{#if a}}{{/each}}", "{{ 'abc }}", "{{!-- note",
                "{{#if a}}x{{else}}y{{else}}z{{/if}}"}) {
            assertThat(problemIn(broken)).as(broken).doesNotContain("found:", "expected:", "EOF", "inline@");
        }
    }
}
