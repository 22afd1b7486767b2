package io.tidings.channel.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TwimlScriptTest {

    @Test
    void plainTextIsEscapedInsideOneSay() throws Exception {
        assertThat(TwimlScript.say("Tom & Jerry say <hi> \"now\"", null, null))
                .isEqualTo("<Response><Say>Tom &amp; Jerry say &lt;hi&gt; \"now\"</Say></Response>");
    }

    @Test
    void ssmlLosesItsSpeakRootAndKeepsTheTagsTwilioSpeaks() throws Exception {
        String ssml = """
                <speak>Hello <emphasis level="strong">Ann</emphasis>.<break time="500ms"/>\
                <p><s>Your code is <say-as interpret-as="digits">1234</say-as>.</s></p>\
                <prosody rate="slow" volume="loud">Bye &amp; thanks</prosody><mark name="end"/></speak>""";

        assertThat(TwimlScript.say(ssml, "Polly.Joanna", "en-US")).isEqualTo(
                "<Response><Say voice=\"Polly.Joanna\" language=\"en-US\">Hello <emphasis level=\"strong\">Ann</emphasis>."
                        + "<break time=\"500ms\"/><p><s>Your code is <say-as interpret-as=\"digits\">1234</say-as>.</s></p>"
                        + "<prosody rate=\"slow\" volume=\"loud\">Bye &amp; thanks</prosody></Say></Response>");
    }

    @Test
    void unknownTagsGoButTheirWordsStay() throws Exception {
        assertThat(TwimlScript.say("<speak><amazon:breath duration=\"long\"/><foo>said</foo> aloud</speak>", null, null))
                .isEqualTo("<Response><Say>said aloud</Say></Response>");
    }

    @Test
    void malformedSsmlIsRefusedWithWhere() {
        assertThatThrownBy(() -> TwimlScript.say("<speak>Hello <break></speak>", null, null))
                .isInstanceOf(InvalidVoiceScriptException.class)
                .hasMessageStartingWith("The voice script is not well-formed SSML (line 1, column");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
        assertThatThrownBy(() -> TwimlScript.say(
                "<!DOCTYPE speak [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><speak>&x;</speak>", null, null))
                .isInstanceOf(InvalidVoiceScriptException.class);
    }
}
