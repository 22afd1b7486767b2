package io.tidings.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private final TemplateRenderer renderer =
            new TemplateRenderer(Clock.fixed(Instant.parse("2026-05-10T20:30:00Z"), ZoneOffset.UTC));

    private String render(String body) {
        return render(body, Map.of());
    }

    private String render(String body, Map<String, String> defaults) {
        RenderedMessage message = renderer.render(Templates.sms(body).withDefaults(defaults),
                MessageVariables.of(Templates.ada(), defaults));
        assertThat(message.problems()).isEmpty();
        return message.part(TemplateFields.BODY);
    }

    @Test
    void pinpointVariablesRenderFromTheEndpoint() {
        assertThat(render("{{User.UserAttributes.FirstName}} {{Attributes.City}} {{Demographic.Platform}} "
                + "{{Location.City}} {{Address}} {{User.UserId}} {{Metrics.Points}} {{Metrics.Orders}} {{Id}}"))
                .isEqualTo("Ada Lisbon iOS Lisbon ada@example.com user-ada 42 3.5 ep-ada");
    }

    @Test
    void listAttributesJoinWithCommasAndIndexToOneValue() {
        assertThat(render("{{Attributes.Interests}} / {{Attributes.Interests.[0]}} / {{Attributes.Interests.[2]}}"))
                .isEqualTo("hiking, camping, kayaks / hiking / kayaks");
    }

    @Test
    void recommendationsComeFromTheirAttributes() {
        assertThat(render("{{Recommendations.Title.[0]}} {{RecommendationItems.[0]}} {{RecommendationItems.[1]}}"))
                .isEqualTo("Trail tent tent-1 boot-2");
    }

    @Test
    void defaultsFillOnlyWhatTheEndpointLacks() {
        assertThat(render("{{User.UserAttributes.FirstName}} {{User.UserAttributes.Tier}} {{Coupon}}",
                Map.of("User.UserAttributes.FirstName", "there", "User.UserAttributes.Tier", "Bronze",
                        "Coupon", "SAVE10")))
                .isEqualTo("Ada Bronze SAVE10");
    }

    @Test
    void defaultsWrittenNestedAsPinpointsConsoleWritesThemWorkLikeTheFlatForm() {
        TemplateContent nested = TemplateContent.parse(TemplateType.SMS, """
                {"Body":"{{Attributes.Purchase}} for {{User.UserAttributes.FirstName}} {{Coupon}}",
                 "DefaultSubstitutions":"{\\"Attributes\\":{\\"Purchase\\":\\"Test\\"},\\"User\\":{\\"UserAttributes\\":{\\"FirstName\\":\\"there\\"}},\\"Coupon\\":\\"SAVE10\\"}"}""");

        assertThat(nested.defaults()).containsExactlyInAnyOrderEntriesOf(Map.of("Attributes.Purchase", "Test",
                "User.UserAttributes.FirstName", "there", "Coupon", "SAVE10"));
        assertThat(renderer.render(nested, MessageVariables.ofDefaults(nested.defaults())).part(TemplateFields.BODY))
                .isEqualTo("Test for there SAVE10");
        assertThat(renderer.render(nested, MessageVariables.of(Templates.ada(), nested.defaults()))
                .part(TemplateFields.BODY)).isEqualTo("Test for Ada SAVE10");
    }

    @Test
    void amazonSesUnsubscribeUrlIsTheSameLinkAsUnsubscribeUrl() {
        assertThat(render("[{{amazonSESUnsubscribeUrl}}] [{{UnsubscribeUrl}}]",
                Map.of("UnsubscribeUrl", "https://example.com/u/1")))
                .isEqualTo("[https://example.com/u/1] [https://example.com/u/1]");
    }

    @Test
    void defaultsAloneRenderWithoutAnEndpoint() {
        TemplateContent content = Templates.sms("Hi {{User.UserAttributes.FirstName}}{{Attributes.City}}!")
                .withDefaults(Map.of("User.UserAttributes.FirstName", "there"));
        RenderedMessage message = renderer.render(content, MessageVariables.ofDefaults(content.defaults()));
        assertThat(message.part(TemplateFields.BODY)).isEqualTo("Hi there!");
    }

    @Test
    void aVariableWithNoValueAndNoDefaultRendersAsNothing() {
        assertThat(render("[{{Attributes.Missing}}][{{User.UserAttributes.Nope.[0]}}][{{Nowhere.At.All}}]"))
                .isEqualTo("[][][]");
    }

    @Test
    void htmlPartsEscapeValuesAndTextPartsDoNot() {
        TemplateContent email = TemplateContent.empty(TemplateType.EMAIL)
                .withField(TemplateFields.SUBJECT, "Hi {{Name}}")
                .withField(TemplateFields.HTML_PART, "<p>{{Name}} {{{Name}}}</p>")
                .withDefaults(Map.of("Name", "Tom & <b>Jerry</b>"));
        RenderedMessage message = renderer.render(email, MessageVariables.ofDefaults(email.defaults()));
        assertThat(message.part(TemplateFields.HTML_PART))
                .isEqualTo("<p>Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; Tom & <b>Jerry</b></p>");
        assertThat(message.part(TemplateFields.SUBJECT)).isEqualTo("Hi Tom & <b>Jerry</b>");
    }

    @Test
    void anEmailWithoutATextPartGetsOneDerivedFromTheHtml() {
        TemplateContent email = TemplateContent.empty(TemplateType.EMAIL)
                .withField(TemplateFields.HTML_PART, "<html><head><style>p{}</style></head><body><h1>Hello {{Name}}</h1>"
                        + "<p>Our <a href=\"https://example.com/sale\">sale</a> starts now.</p>"
                        + "<ul><li>Tents</li><li>Boots</li></ul></body></html>")
                .withDefaults(Map.of("Name", "Ada"));
        RenderedMessage message = renderer.render(email, MessageVariables.ofDefaults(email.defaults()));
        assertThat(message.textPartDerived()).isTrue();
        assertThat(message.part(TemplateFields.TEXT_PART))
                .isEqualTo("Hello Ada\n\nOur sale (https://example.com/sale) starts now.\n\n- Tents\n- Boots");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFieldLineAndColumn() {
        RenderedMessage message = renderer.render(Templates.sms("Hello\nthere {{#if Attributes.City}} open"),
                MessageVariables.ofDefaults(Map.of()));
        assertThat(message.hasErrors()).isTrue();
        assertThat(message.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("Body");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isPositive();
            assertThat(problem.describe()).startsWith("Body, line 2, column ");
        });
        assertThat(message.parts()).doesNotContainKey(TemplateFields.BODY);
    }

    @Test
    void aHelperFailingAtRenderTimeIsAProblemNotACrash() {
        RenderedMessage message = renderer.render(Templates.sms("{{divide 4 0}}"), MessageVariables.ofDefaults(Map.of()));
        assertThat(message.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("cannot divide by zero"));
    }

    @Test
    void compiledTemplatesAreCachedBySource() throws Exception {
        assertThat(renderer.compile("{{A}}", false)).isSameAs(renderer.compile("{{A}}", false));
    }
}
