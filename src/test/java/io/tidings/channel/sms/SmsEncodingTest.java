package io.tidings.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.channel.sms.SmsEncoding.Analysis;
import io.tidings.channel.sms.SmsEncoding.Encoding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsEncodingTest {

    @Test
    void plainTextIsGsm7InOnePartUpTo160Characters() {
        Analysis analysis = SmsEncoding.analyse("a".repeat(160));
        assertThat(analysis.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(analysis.length()).isEqualTo(160);
        assertThat(analysis.parts()).isEqualTo(1);
        assertThat(analysis.firstUcs2Index()).isEqualTo(-1);
    }

    @Test
    void the161stCharacterMakesTwoPartsOf153() {
        assertThat(SmsEncoding.analyse("a".repeat(161)).parts()).isEqualTo(2);
        assertThat(SmsEncoding.analyse("a".repeat(306)).parts()).isEqualTo(2);
        assertThat(SmsEncoding.analyse("a".repeat(307)).parts()).isEqualTo(3);
    }

    @Test
    void extensionCharactersCountDouble() {
        Analysis analysis = SmsEncoding.analyse("€".repeat(80));
        assertThat(analysis.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(analysis.characters()).isEqualTo(80);
        assertThat(analysis.length()).isEqualTo(160);
        assertThat(analysis.parts()).isEqualTo(1);
        assertThat(SmsEncoding.analyse("a".repeat(159) + "[").parts()).isEqualTo(2);
    }

    @Test
    void anExtensionCharacterIsNotSplitAcrossParts() {
        // 152 septets, then a two-septet character that does not fit in the first part's 153
        Analysis analysis = SmsEncoding.analyse("a".repeat(152) + "{" + "a".repeat(152));
        assertThat(analysis.length()).isEqualTo(306);
        assertThat(analysis.parts()).isEqualTo(3);
    }

    @Test
    void oneCharacterOutsideGsmForcesUcs2AndIsNamed() {
        Analysis analysis = SmsEncoding.analyse("Café ok – really");
        assertThat(analysis.encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(analysis.firstUcs2Character()).isEqualTo("–");
        assertThat(analysis.firstUcs2Index()).isEqualTo(8);
        assertThat(analysis.perPart()).isEqualTo(70);
    }

    @Test
    void ucs2PartsHold70Then67Units() {
        assertThat(SmsEncoding.analyse("ç".repeat(69) + "ł").parts()).isEqualTo(1);
        assertThat(SmsEncoding.analyse("ł".repeat(71)).parts()).isEqualTo(2);
        assertThat(SmsEncoding.analyse("ł".repeat(134)).parts()).isEqualTo(2);
        assertThat(SmsEncoding.analyse("ł".repeat(135)).parts()).isEqualTo(3);
    }

    @Test
    void emojiAreTwoUtf16UnitsAndNeverSplit() {
        Analysis analysis = SmsEncoding.analyse("😀".repeat(35));
        assertThat(analysis.characters()).isEqualTo(35);
        assertThat(analysis.length()).isEqualTo(70);
        assertThat(analysis.parts()).isEqualTo(1);
        assertThat(analysis.firstUcs2Character()).isEqualTo("😀");
        // 66 units, then an emoji that does not fit whole in the first part's 67
        assertThat(SmsEncoding.analyse("ł".repeat(66) + "😀" + "ł".repeat(10)).parts()).isEqualTo(2);
        assertThat(SmsEncoding.analyse("ł".repeat(66) + "😀" + "ł".repeat(66)).parts()).isEqualTo(3);
    }

    @Test
    void anEmptyBodyHasNoParts() {
        assertThat(SmsEncoding.analyse("").parts()).isZero();
    }

    @Test
    void splitCutsWhereThePartCountCutsAndThePartsJoinBackToTheBody() {
        String body = "a".repeat(152) + "{" + "b".repeat(200);
        List<String> parts = SmsEncoding.split(body);
        assertThat(parts).hasSize(SmsEncoding.analyse(body).parts());
        assertThat(parts.get(0)).isEqualTo("a".repeat(152));
        assertThat(String.join("", parts)).isEqualTo(body);
        assertThat(SmsEncoding.split("short")).containsExactly("short");
        assertThat(SmsEncoding.split("")).isEmpty();
        assertThat(SmsEncoding.split("ł".repeat(66) + "😀" + "ł".repeat(10))).containsExactly("ł".repeat(66), "😀" + "ł".repeat(10));
    }

    @Test
    void gsmSeptetsEscapeExtensionCharactersAndReadBack() {
        byte[] septets = SmsEncoding.gsmSeptets("@€[a]");
        assertThat(septets).containsExactly(0x00, 0x1B, 0x65, 0x1B, 0x3C, 0x61, 0x1B, 0x3E);
        assertThat(SmsEncoding.fromGsmSeptets(septets, 0, septets.length)).isEqualTo("@€[a]");
        byte[] accented = SmsEncoding.gsmSeptets("Ça va? 5£ ¿Ñ");
        assertThat(SmsEncoding.fromGsmSeptets(accented, 0, accented.length)).isEqualTo("Ça va? 5£ ¿Ñ");
        assertThatThrownBy(() -> SmsEncoding.gsmSeptets("łódź")).hasMessageContaining("'ł'");
    }
}
