package io.tidings.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryCodesTest {

    @Test
    void everyThreeLetterCodeReadsAsItsTwoLetterOne() {
        for (String alpha3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            String alpha2 = CountryCodes.alpha2(alpha3.toLowerCase(Locale.ROOT));
            assertThat(alpha2).as(alpha3).isNotNull();
            assertThat(new Locale("", alpha2).getISO3Country()).isEqualTo(alpha3);
        }
        assertThat(CountryCodes.alpha2(" de ")).isEqualTo("DE");
        assertThat(CountryCodes.alpha2("XX")).isNull();
        assertThat(CountryCodes.alpha2("Germany")).isNull();
    }

    @Test
    void englishNamesReadOnlyWhereAsked() {
        assertThat(CountryCodes.alpha2OrName("United States")).isEqualTo("US");
        assertThat(CountryCodes.alpha2OrName("  united   kingdom ")).isEqualTo("GB");
        assertThat(CountryCodes.alpha2OrName("Côte d’Ivoire")).isEqualTo("CI");
        assertThat(CountryCodes.alpha2OrName("cote d'ivoire")).isEqualTo("CI");
        assertThat(CountryCodes.alpha2OrName("CAN")).isEqualTo("CA");
        assertThat(CountryCodes.alpha2OrName("Atlantis")).isNull();
    }
}
