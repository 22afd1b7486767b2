package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.sms.InboundKeyword;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsKeywordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ARRET", "CANCEL", "END", "OPT-OUT", "OPTOUT", "QUIT", "REMOVE", "STOP", "TD", "UNSUBSCRIBE",
            "stop", " Stop. ", "STOP please", "Arrêt", "\"Unsubscribe!\"", "opt-out now", "td"})
    void everyPinpointOptOutKeywordOptsOutAsTheFirstWordInAnyCase(String text) {
        assertThat(SmsKeywords.of(text)).isEqualTo(InboundKeyword.OPT_OUT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HELP|HELP",
            "help?|HELP",
            "Help me please|HELP",
            "start|START",
            "START again|START",
            "Unstoppable offer!|NONE",
            "Please stop|NONE",
            "opt out|NONE",
            "What time do you open?|NONE",
            "''|NONE",
            "...|NONE"})
    void otherKeywordsAndTexts(String text, InboundKeyword keyword) {
        assertThat(SmsKeywords.of(text)).isEqualTo(keyword);
    }
}
