package io.tidings.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoiceScriptTest {

    @Test
    void wellFormedSsmlPassesAndBreaksAddToTheDuration() {
        VoiceScript.Analysis analysis = VoiceScript.analyse(
                "<speak>Hello <emphasis>Ada</emphasis>.<break time=\"2s\"/>Your code is <say-as interpret-as=\"characters\">"
                        + "AB</say-as>.<break time=\"500ms\"/><break/></speak>", "Script");
        assertThat(analysis.ssml()).isTrue();
        assertThat(analysis.problems()).isEmpty();
        assertThat(analysis.words()).isEqualTo(6);
        assertThat(analysis.seconds()).isCloseTo(6 * 60.0 / 150 + 2 + 0.5 + 0.5, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() {
        VoiceScript.Analysis analysis = VoiceScript.analyse("<speak>\nHello <emphasis>there</speak>", "Script");
        assertThat(analysis.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isPositive();
            assertThat(problem.message()).startsWith("the SSML is not well-formed XML");
        });
    }

    @Test
    void theRootMustBeSpeakAndTagsMustBeKnown() {
        VoiceScript.Analysis analysis = VoiceScript.analyse("<voice>\n  <blink>Hi</blink></voice>", "Script");
        assertThat(analysis.problems()).extracting(TemplateProblem::describe).containsExactly(
                "Script, line 1, column 8: the SSML must start with <speak>, not <voice>",
                "Script, line 1, column 8: <voice> is not an SSML tag Amazon Polly knows",
                "Script, line 2, column 10: <blink> is not an SSML tag Amazon Polly knows");
    }

    @Test
    void aBreakWithABadTimeIsNamed() {
        assertThat(VoiceScript.analyse("<speak>Hi<break time=\"soon\"/></speak>", "Script").problems())
                .extracting(TemplateProblem::message).containsExactly("<break time=\"soon\"> needs a time such as 500ms or 2s");
    }

    @Test
    void plainTextIsCountedAt150WordsAMinute() {
        VoiceScript.Analysis analysis = VoiceScript.analyse("one two three " .repeat(50), "Script");
        assertThat(analysis.ssml()).isFalse();
        assertThat(analysis.words()).isEqualTo(150);
        assertThat(analysis.seconds()).isEqualTo(60.0);
    }
}
