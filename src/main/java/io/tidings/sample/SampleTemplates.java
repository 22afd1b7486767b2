package io.tidings.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sample workspace's templates, written in Pinpoint's template request JSON. */
final class SampleTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleTemplates() {
    }

    static int addTo(TemplateService templates) {
        templates.create("Welcome email", TemplateType.EMAIL,
                "Sent to new subscribers the day they sign up.", welcomeEmail());
        templates.create("Order shipped", TemplateType.SMS,
                "Transactional notice with the tracking link.", orderShippedSms());
        templates.create("Weekend sale", TemplateType.PUSH,
                "Promotional push for the weekend sale.", weekendSalePush());
        return 3;
    }

    private static String welcomeEmail() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("Subject", "Welcome to Northwind Outfitters, {{User.UserAttributes.FirstName}}!");
        request.put("HtmlPart", """
                <html><body style="font-family: sans-serif">
                <h1>Hello {{User.UserAttributes.FirstName}},</h1>
                <p>Thanks for joining Northwind Outfitters. As a {{User.UserAttributes.LoyaltyTier}} member you get
                free shipping on your first order.</p>
                {{#if Attributes.Interests}}<p>We will keep you posted on new gear for {{Attributes.Interests}}.</p>{{/if}}
                <p><a href="https://northwind.example.com/start">Start exploring</a></p>
                <p style="font-size: small"><a href="{{UnsubscribeUrl}}">Unsubscribe</a></p>
                </body></html>""");
        request.put("TextPart", """
                Hello {{User.UserAttributes.FirstName}},

                Thanks for joining Northwind Outfitters. As a {{User.UserAttributes.LoyaltyTier}} member you get
                free shipping on your first order: https://northwind.example.com/start

                Unsubscribe: {{UnsubscribeUrl}}""");
        request.put("DefaultSubstitutions", json(Map.of(
                "User.UserAttributes.FirstName", "there",
                "User.UserAttributes.LoyaltyTier", "new")));
        request.put("TemplateDescription", "Sent to new subscribers the day they sign up.");
        return json(request);
    }

    private static String orderShippedSms() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("Body", "Hi {{User.UserAttributes.FirstName}}, your Northwind order is on its way: "
                + "https://nw.example.com/t/{{Attributes.LastOrderId}} Reply STOP to opt out.");
        request.put("DefaultSubstitutions", json(Map.of("User.UserAttributes.FirstName", "there")));
        request.put("TemplateDescription", "Transactional notice with the tracking link.");
        return json(request);
    }

    private static String weekendSalePush() {
        Map<String, Object> defaultMessage = new LinkedHashMap<>();
        defaultMessage.put("Title", "Weekend sale: 25% off trail gear");
        defaultMessage.put("Body", "{{User.UserAttributes.FirstName}}, the sale ends Sunday at midnight.");
        defaultMessage.put("Action", "DEEP_LINK");
        defaultMessage.put("Url", "northwind://sale/weekend");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("Default", defaultMessage);
        request.put("DefaultSubstitutions", json(Map.of("User.UserAttributes.FirstName", "Hey")));
        request.put("TemplateDescription", "Promotional push for the weekend sale.");
        return json(request);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
