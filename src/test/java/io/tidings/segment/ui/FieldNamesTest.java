package io.tidings.segment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.segment.SegmentField;
import io.tidings.segment.SegmentField.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldNamesTest {

    @Test
    void namesFieldsAsAMarketerReadsThemWithPinpointsPathBeside() {
        SegmentField firstName = new SegmentField(Kind.USER_ATTRIBUTE, "FirstName");
        assertThat(FieldNames.words(firstName)).isEqualTo("First name · user attribute");
        assertThat(FieldNames.path(firstName)).isEqualTo("User.UserAttributes.FirstName");
        assertThat(FieldNames.words(new SegmentField(Kind.METRIC, "purchase_count"))).isEqualTo("Purchase count · metric");
        assertThat(FieldNames.words(new SegmentField(Kind.ATTRIBUTE, "NPSScore"))).isEqualTo("NPS score · attribute");
        assertThat(FieldNames.words(new SegmentField(Kind.COUNTRY, "Country"))).isEqualTo("Country");
        assertThat(FieldNames.path(new SegmentField(Kind.COUNTRY, "Country"))).isEqualTo("Location.Country");
    }

    @Test
    void listsTheEndpointsFieldsFirstThenUserAttributesAttributesAndMetrics() {
        List<SegmentField> fields = new ArrayList<>(List.of(new SegmentField(Kind.METRIC, "Purchases"),
                new SegmentField(Kind.ATTRIBUTE, "Interests"), new SegmentField(Kind.USER_ATTRIBUTE, "LastName"),
                new SegmentField(Kind.COUNTRY, "Country"), new SegmentField(Kind.USER_ATTRIBUTE, "FirstName")));
        fields.sort(FieldNames.PICKER_ORDER);
        assertThat(fields).extracting(FieldNames::words).containsExactly("Country", "First name · user attribute",
                "Last name · user attribute", "Interests · attribute", "Purchases · metric");
    }

    @Test
    void findsAFieldByItsWordsOrItsPath() {
        SegmentField firstName = new SegmentField(Kind.USER_ATTRIBUTE, "FirstName");
        assertThat(FieldNames.matches(firstName, "first n")).isTrue();
        assertThat(FieldNames.matches(firstName, "UserAttributes.First")).isTrue();
        assertThat(FieldNames.matches(firstName, "metric")).isFalse();
    }
}
