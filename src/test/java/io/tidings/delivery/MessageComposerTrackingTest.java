package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateType;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The engine gives each email its unsubscribe link (the List-Unsubscribe header's, and {{UnsubscribeUrl}} and
 * {{amazonSESUnsubscribeUrl}} in the template) and sends the HTML part as tracking makes it.
 */
class MessageComposerTrackingTest {

    private static final MessageTracking TRACKING = new MessageTracking() {
        @Override
        public String unsubscribeUrl(String messageId) {
            return "https://links.example.com/u/" + messageId + "/signature";
        }

        @Override
        public String tracked(String messageId, String html) {
            return html + "<img src=\"pixel-" + messageId + "\">";
        }
    };

    private static final String TEMPLATE = """
            {"Subject": "Sale", "HtmlPart": "<a href=\\"{{UnsubscribeUrl}}\\">Unsubscribe</a>",
             "TextPart": "Unsubscribe: {{amazonSESUnsubscribeUrl}}", "TemplateDescription": ""%s}""";

    @Test
    void aPromotionalEmailCarriesItsOwnUnsubscribeLinkEverywhere() {
        OutboundMessage message = compose(TRACKING, "");

        assertThat(message.promotional()).isTrue();
        assertThat(message.unsubscribeUrl()).isEqualTo("https://links.example.com/u/41/signature");
        assertThat(message.htmlBody()).isEqualTo(
                "<a href=\"https://links.example.com/u/41/signature\">Unsubscribe</a><img src=\"pixel-41\">");
        assertThat(message.textBody()).isEqualTo("Unsubscribe: https://links.example.com/u/41/signature");
    }

    @Test
    void theMessagesLinkTakesThePlaceOfATemplatesDefault() {
        OutboundMessage message = compose(TRACKING,
                ", \"DefaultSubstitutions\": \"{\\\"UnsubscribeUrl\\\": \\\"https://old.example/unsubscribe\\\"}\"");

        assertThat(message.htmlBody()).contains("https://links.example.com/u/41/signature")
                .doesNotContain("old.example");
    }

    @Test
    void withoutTrackingTheEmailIsAsRenderedWithNoUnsubscribeLink() {
        OutboundMessage message = compose(MessageTracking.NONE, "");

        assertThat(message.unsubscribeUrl()).isNull();
        assertThat(message.htmlBody()).isEqualTo("<a href=\"\">Unsubscribe</a>");
    }

    private static OutboundMessage compose(MessageTracking tracking, String more) {
        TemplateContent content = TemplateContent.parse(TemplateType.EMAIL, TEMPLATE.formatted(more));
        return new MessageComposer(new TemplateRenderer(Clock.systemUTC()), tracking)
                .compose("41", DeliveryChannel.EMAIL, content, DeliveryFixture.email("ep-1"));
    }
}
