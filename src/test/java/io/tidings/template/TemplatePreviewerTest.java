package io.tidings.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.sms.SmsEncoding;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplatePreviewerTest {

    private final TemplatePreviewer previewer = new TemplatePreviewer(new TemplateRenderer());

    @Test
    void ssmlProblemsPointIntoTheScriptAsWrittenAndTheDurationIsOfTheRenderedScript() {
        TemplateContent voice = TemplateContent.empty(TemplateType.VOICE)
                .withField(TemplateFields.BODY, "<speak>{{User.UserAttributes.FirstName}}\n<blink/></speak>")
                .withDefaults(Map.of("User.UserAttributes.FirstName", "Ada Augusta King Lovelace"));
        TemplatePreview preview = previewer.preview(voice, Optional.empty(), Set.of(), false);
        assertThat(preview.problems()).extracting(TemplateProblem::describe)
                .containsExactly("Script (SSML or plain text), line 2, column 9: <blink> is not an SSML tag Amazon Polly knows");
        assertThat(preview.voice().words()).isEqualTo(4);
    }

    @Test
    void anSmsPreviewCountsTheRenderedBody() {
        TemplatePreview preview = previewer.preview(Templates.sms("{{Attributes.City}} 😀").withDefaults(
                Map.of("Attributes.City", "Porto")), Optional.of(Templates.ada()), Set.of("Attributes.City"), false);
        assertThat(preview.message().part(TemplateFields.BODY)).isEqualTo("Lisbon 😀");
        assertThat(preview.sms().encoding()).isEqualTo(SmsEncoding.Encoding.UCS_2);
        assertThat(preview.sms().length()).isEqualTo(9);
        assertThat(preview.problems()).isEmpty();
    }
}
