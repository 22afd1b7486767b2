package io.tidings.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateLintTest {

    private final TemplateLint lint = new TemplateLint();

    @Test
    void aVariableNoEndpointHasAndWithoutADefaultIsNamed() {
        TemplateContent content = Templates.sms("{{Attributes.City}} {{upper Attributes.Nickname}} "
                + "{{Attributes.Interests.[0]}} {{#if User.UserAttributes.Tier}}x{{/if}} {{Address}} {{Coupon}}")
                .withDefaults(Map.of("User.UserAttributes.Tier", "Bronze"));
        assertThat(lint.check(content, Set.of("Attributes.City", "Attributes.Interests")))
                .extracting(TemplateProblem::describe)
                .containsExactly("Body: {{Attributes.Nickname}}: no endpoint in this workspace has it and the template "
                        + "has no default, so it renders as nothing.");
    }

    @Test
    void aPromotionalEmailWithoutAnUnsubscribeLinkIsFlagged() {
        TemplateContent email = TemplateContent.empty(TemplateType.EMAIL)
                .withField(TemplateFields.HTML_PART, "<p>Sale!</p><a href=\"https://example.com\">Shop</a>");
        assertThat(lint.check(email, Set.of())).extracting(TemplateProblem::message)
                .singleElement().asString().startsWith("a promotional email needs an unsubscribe link");
        assertThat(lint.check(email.withField(TemplateFields.MESSAGE_TYPE, "TRANSACTIONAL"), Set.of())).isEmpty();
        assertThat(lint.check(email.withField(TemplateFields.HTML_PART, "<a href=\"{{UnsubscribeUrl}}\">Leave</a>"),
                Set.of())).isEmpty();
    }

    @Test
    void amazonSesPlaceholdersOtherThanTheUnsubscribeLinkAreNamed() {
        TemplateContent email = TemplateContent.empty(TemplateType.EMAIL).withField(TemplateFields.HTML_PART,
                "<a href=\"{{amazonSESUnsubscribeUrl}}\">Unsubscribe</a> {{amazonSESManageSubscriptionsUrl}}");
        assertThat(lint.check(email, Set.of())).extracting(TemplateProblem::describe)
                .containsExactly("HTML part: {{amazonSESManageSubscriptionsUrl}} is an Amazon SES placeholder that "
                        + "Tidings does not fill, so it renders as nothing; {{amazonSESUnsubscribeUrl}} is the one "
                        + "it fills, with the unsubscribe link.");
    }
}
