package io.tidings.audience.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.audience.AudienceImport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnSuggestionsTest {

    private static final List<String> STANDARD = AudienceImport.standardFieldPaths();

    @Test
    void aSecondColumnForAOneValueFieldKeepsItsDataAsAnAttribute() {
        assertThat(ColumnSuggestions.suggestAll(List.of("email", "first_name", "phone", "City", "town", "tags"), STANDARD))
                .containsExactly("Address", "User.UserAttributes.FirstName", "Attributes.Phone", "Location.City",
                        "Attributes.Town", "Attributes.Tags");
    }

    @Test
    void repeatedAttributeHeadersStayRepeatedForSeveralValues() {
        assertThat(ColumnSuggestions.suggestAll(List.of("Address", "Attributes.Interests", "Attributes.Interests"), STANDARD))
                .containsExactly("Address", "Attributes.Interests", "Attributes.Interests");
    }

    @Test
    void phoneColumnsAreKnownByTheirHeaders() {
        assertThat(ColumnSuggestions.isPhoneHeader("Mobile")).isTrue();
        assertThat(ColumnSuggestions.isPhoneHeader("phone_number")).isTrue();
        assertThat(ColumnSuggestions.isPhoneHeader("email")).isFalse();
    }
}
