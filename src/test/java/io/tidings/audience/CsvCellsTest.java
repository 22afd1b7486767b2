package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void plainNumbersStayAsTheyAreSoPinpointReadsPhoneNumbersAsWritten() {
        for (String number : List.of("+14155550132", "-11.582", "-12", "+0.5", "-.5", "3", "-1.0E-5", "+1e3")) {
            assertThat(CsvCells.neutralise(number)).as(number).isEqualTo(number);
        }
    }

    @Test
    void whatASpreadsheetCouldRunGetsAnApostropheThatTheImportTakesOff() {
        for (String risky : List.of("=1+2", "@SUM(A1)", "+vip", "-minus", "+1 206 555 0142", "-", "+", "-1-2",
                "\tTabbed", "\rReturn", "'=kept", "'plain", "'+14155550132")) {
            String written = CsvCells.neutralise(risky);
            assertThat(written).as(risky).isEqualTo("'" + risky);
            assertThat(CsvCells.restore(written)).as(risky).isEqualTo(risky);
        }
        assertThat(CsvCells.restore("'hello")).as("a hand-written apostrophe stays").isEqualTo("'hello");
        assertThat(CsvCells.restore("'+14155550132")).as("what older exports wrote").isEqualTo("+14155550132");
    }
}
