package io.tidings.country;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 3166-1 country codes from the JDK's own data: Pinpoint stores a country as its two-letter
 * code (alpha-2, {@code US}), while AWS's import examples and {@code get-endpoint} output write the
 * three-letter one (alpha-3, {@code USA}). Both read as the two-letter code; so do the English
 * short names ("United States", "Germany") where a person maps a spreadsheet's column.
 */
public final class CountryCodes {

    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());
    private static final Map<String, String> ALPHA_2_BY_ALPHA_3 = new HashMap<>();
    private static final Map<String, String> ALPHA_2_BY_NAME = new HashMap<>();

    static {
        Set<String> alpha3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        for (String code : ALPHA_2) {
            Locale country = new Locale("", code);
            String three = country.getISO3Country();
            if (alpha3.contains(three)) {
                ALPHA_2_BY_ALPHA_3.put(three, code);
            }
            ALPHA_2_BY_NAME.put(nameKey(country.getDisplayCountry(Locale.ENGLISH)), code);
        }
    }

    private CountryCodes() {
    }

    /**
     * The two-letter code for a two- or three-letter ISO code in any letter case ({@code us},
     * {@code USA}); null when it is neither. A two-letter code comes back as the very string given
     * when it is already upper case and trimmed.
     */
    public static String alpha2(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (upper.length() == 2) {
            return ALPHA_2.contains(upper) ? upper : null;
        }
        return upper.length() == 3 ? ALPHA_2_BY_ALPHA_3.get(upper) : null;
    }

    /**
     * As {@link #alpha2(String)}, also reading a country's English short name ("United States",
     * "cote d'ivoire": letter case, accents and apostrophes aside); null when it is none of these.
     */
    public static String alpha2OrName(String text) {
        String code = alpha2(text);
        return code != null ? code : ALPHA_2_BY_NAME.get(nameKey(text));
    }

    private static String nameKey(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
