package io.tidings.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.DeliveryChannel;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateServiceTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private TemplateService templates;

    @BeforeEach
    void openWorkspace() {
        workspace = new WorkspaceService().create(folder.resolve("templates.tidings"), "Templates");
        templates = Wiring.templateService(workspace.database());
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void aTemplateIsFoundByItsNameFirstThenByItsId() {
        long id = templates.create("Reminder", Templates.sms("one"), null);

        assertThat(templates.findByNameOrId(" reminder ")).map(found -> found.summary().id()).contains(id);
        assertThat(templates.findByNameOrId(Long.toString(id))).map(found -> found.summary().id()).contains(id);
        assertThat(templates.findByNameOrId(Long.toString(id + 1))).isEmpty();
        assertThat(templates.findByNameOrId("Welcome")).isEmpty();
    }

    @Test
    void everySaveIsAVersionAndTheNewestIsActive() {
        long id = templates.create("Reminder", Templates.sms("one"), null);
        assertThat(templates.save(id, Templates.sms("two"))).isEqualTo(2);
        assertThat(templates.save(id, Templates.sms("three"))).isEqualTo(3);

        assertThat(templates.versions(id)).extracting(TemplateVersion::version, TemplateVersion::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, true), org.assertj.core.groups.Tuple.tuple(2, false),
                        org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(templates.template(id).orElseThrow().content().field("Body")).isEqualTo("three");
        assertThat(templates.version(id, 1).field("Body")).isEqualTo("one");
    }

    @Test
    void restoringSavesTheOldContentAsTheNewestVersion() {
        long id = templates.create("Reminder", Templates.sms("one"), null);
        templates.save(id, Templates.sms("two"));
        assertThat(templates.restore(id, 1)).isEqualTo(3);
        assertThat(templates.template(id).orElseThrow().content()).isEqualTo(Templates.sms("one"));
        assertThat(templates.versions(id)).hasSize(3);
    }

    @Test
    void activatingAnOlderVersionAddsNone() {
        long id = templates.create("Reminder", Templates.sms("one"), null);
        templates.save(id, Templates.sms("two"));
        templates.activate(id, 1);
        assertThat(templates.template(id).orElseThrow().summary().activeVersion()).isEqualTo(1);
        assertThat(templates.versions(id)).hasSize(2);
        assertThatThrownBy(() -> templates.activate(id, 9)).hasMessage("\"Reminder\" has no version 9.");
    }

    @Test
    void renameDuplicateAndDelete() {
        long id = templates.create("Reminder", Templates.sms("one"), "desc");
        templates.rename(id, "  Cart reminder ");
        long copy = templates.duplicate(id, "Cart reminder (copy)");
        assertThat(templates.list()).extracting(TemplateSummary::name)
                .containsExactly("Cart reminder", "Cart reminder (copy)");
        assertThat(templates.template(copy).orElseThrow().content()).isEqualTo(Templates.sms("one"));
        templates.delete(id);
        assertThat(templates.list()).extracting(TemplateSummary::name).containsExactly("Cart reminder (copy)");
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        templates.create("Reminder", Templates.sms("one"), null);
        long other = templates.create("Other", Templates.sms("two"), null);
        assertThatThrownBy(() -> templates.create("REMINDER", Templates.sms("x"), null))
                .hasMessage("A template named \"Reminder\" already exists.");
        assertThatThrownBy(() -> templates.rename(other, "reminder"))
                .hasMessage("A template named \"Reminder\" already exists.");
        assertThatThrownBy(() -> templates.create(" ", Templates.sms("x"), null)).hasMessage("A template needs a name.");
    }

    @Test
    void aSaveOfAnotherTypeIsRefused() {
        long id = templates.create("Reminder", Templates.sms("one"), null);
        assertThatThrownBy(() -> templates.save(id, TemplateContent.empty(TemplateType.EMAIL)))
                .hasMessage("\"Reminder\" is an SMS template; it cannot hold email content.");
    }

    @Test
    void aPinpointExportImportsAndExportsUnchanged() throws Exception {
        String fromPinpoint = """
                {"EmailTemplateResponse": {
                  "Arn": "arn:aws:mobiletargeting:us-east-1:123456789012:templates/Welcome/EMAIL",
                  "CreationDate": "2024-01-01T00:00:00.000Z", "LastModifiedDate": "2024-02-01T00:00:00.000Z",
                  "TemplateName": "Welcome", "TemplateType": "EMAIL", "Version": "4",
                  "Subject": "Hi {{User.UserAttributes.FirstName}}",
                  "HtmlPart": "<p>Hello</p><a href=\\"{{UnsubscribeUrl}}\\">Unsubscribe</a>",
                  "TextPart": "Hello",
                  "DefaultSubstitutions": "{\\"User.UserAttributes.FirstName\\":\\"there\\"}",
                  "RecommenderId": "rec-1",
                  "TemplateDescription": "First email",
                  "tags": {"team": "growth"}}}""";
        long id = templates.importJson(fromPinpoint, null, null);

        Template imported = templates.template(id).orElseThrow();
        assertThat(imported.name()).isEqualTo("Welcome");
        assertThat(imported.type()).isEqualTo(TemplateType.EMAIL);
        assertThat(imported.summary().description()).isEqualTo("First email");
        assertThat(imported.content().defaults()).containsEntry("User.UserAttributes.FirstName", "there");

        var json = TemplateContent.JSON;
        var expected = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(fromPinpoint).get("EmailTemplateResponse");
        expected.remove(java.util.List.of("Arn", "CreationDate", "LastModifiedDate", "TemplateName", "TemplateType", "Version"));
        assertThat(json.readTree(templates.exportJson(id))).isEqualTo(expected);

        long again = templates.importJson(templates.exportJson(id), "Welcome again", null);
        assertThat(templates.template(again).orElseThrow().content()).isEqualTo(imported.content());
    }

    @Test
    void theTypeComesFromTheWrapperTheFieldsOrTheCaller() {
        assertThat(PinpointTemplateJson.read("{\"SMSTemplateRequest\": {\"Body\": \"Hi\"}}", null).content().type())
                .isEqualTo(TemplateType.SMS);
        assertThat(PinpointTemplateJson.read("{\"Default\": {\"Title\": \"Hi\"}}", null).content().type())
                .isEqualTo(TemplateType.PUSH);
        assertThat(PinpointTemplateJson.read("{\"Body\": \"<speak>Hi</speak>\", \"VoiceId\": \"Joanna\"}", null)
                .content().type()).isEqualTo(TemplateType.VOICE);
        assertThat(PinpointTemplateJson.read("{\"Body\": \"Hi\"}", TemplateType.VOICE).content().type())
                .isEqualTo(TemplateType.VOICE);
        assertThatThrownBy(() -> PinpointTemplateJson.read("{\"Nothing\": 1}", null))
                .hasMessageStartingWith("The file's fields do not show which kind of template it is");
        assertThatThrownBy(() -> PinpointTemplateJson.read("{\"Body\": ", null))
                .hasMessageStartingWith("The file is not valid JSON");
        assertThatThrownBy(() -> PinpointTemplateJson.read("{\"Body\": \"x\", \"DefaultSubstitutions\": \"[1\"}",
                TemplateType.SMS))
                .hasMessageStartingWith("DefaultSubstitutions is not a JSON object");
    }

    @Test
    void aFileThatFitsSeveralKindsNeedsItsTypeNamed() {
        assertThatThrownBy(() -> PinpointTemplateJson.read("{\"Body\": \"Hi\"}", null))
                .isInstanceOfSatisfying(AmbiguousTemplateTypeException.class, ambiguous ->
                        assertThat(ambiguous.candidates()).containsExactly(TemplateType.SMS, TemplateType.VOICE))
                .hasMessage("The file fits an SMS or voice template (its fields: Body); name the type with "
                        + "--type sms or --type voice.");
        assertThat(PinpointTemplateJson.read("{\"Body\": \"Hi\", \"MessageType\": \"PROMOTIONAL\"}", null)
                .content().type()).isEqualTo(TemplateType.SMS);
    }

    @Test
    void aFileWhoseFieldsDoNotFitTheTypeIsRefusedNamingThem() {
        assertThatThrownBy(() -> PinpointTemplateJson.read(
                "{\"Default\": {\"Title\": \"Sale\"}, \"APNS\": {\"Body\": \"Now\"}}", TemplateType.VOICE))
                .hasMessage("The file does not fit a voice template: Default and APNS are push fields. A voice "
                        + "template takes Body, LanguageCode and VoiceId.");
        assertThatThrownBy(() -> PinpointTemplateJson.read("{\"EmailTemplateRequest\": {\"Body\": \"Hi\"}}", null))
                .hasMessage("The file does not fit an email template: Body is an SMS or voice field. An email "
                        + "template takes Headers, HtmlPart, MessageType, Subject and TextPart.");
        assertThatThrownBy(() -> PinpointTemplateJson.read("{\"Subject\": \"Hi\", \"Default\": {}}", null))
                .hasMessage("The file's fields do not fit one kind of template: Subject is an email field; Default "
                        + "is a push field. Keep the fields of one kind.");
    }

    @Test
    void jsonNestedBeyondTheParsersLimitIsRefusedInWords() throws Exception {
        // Found by the 100,000-case fuzz run: a problem the parser reports without a place crashed the import.
        String deep = "[".repeat(1_500) + "]".repeat(1_500);
        assertThatThrownBy(() -> templates.importJson(deep, "Deep", TemplateType.SMS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The file is not valid JSON: ")
                .hasMessageContaining("nested more deeply than the 1,000 levels")
                .hasMessageNotContaining("`");
        String deepObject = "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500);
        String defaults = new ObjectMapper().writeValueAsString(Map.of("Body", "Hi", "DefaultSubstitutions", deepObject));
        assertThatThrownBy(() -> templates.importJson(defaults, "Deep", TemplateType.SMS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DefaultSubstitutions is not a JSON object: it is not valid JSON: it is nested more deeply "
                        + "than the 1,000 levels Tidings reads");
        String list = "{\"Body\": \"Hi\", \"DefaultSubstitutions\": \"[1, 2]\"}";
        assertThatThrownBy(() -> templates.importJson(list, "List", TemplateType.SMS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DefaultSubstitutions is not a JSON object: at the top")
                .hasMessageNotContaining("java");
    }

    @Test
    void anImportWithoutANameNeedsOne() {
        assertThatThrownBy(() -> templates.importJson("{\"Body\": \"Hi\"}", null, TemplateType.SMS))
                .hasMessage("The file has no TemplateName; give the template a name.");
    }

    @Test
    void testSendsAreCapturedInTheSandboxOutbox() {
        long id = templates.create("Reminder", Templates.sms("one"), null);
        templates.sendToSandbox(id, TemplateType.SMS, "+15550100", null, "Hi Ada", null);
        assertThat(templates.sandboxMessages(10)).singleElement().satisfies(message -> {
            assertThat(message.address()).isEqualTo("+15550100");
            assertThat(message.body()).isEqualTo("Hi Ada");
            assertThat(message.channel()).isEqualTo(DeliveryChannel.SMS);
        });
        assertThatThrownBy(() -> templates.sendToSandbox(id, TemplateType.SMS, " ", null, "x", null))
                .hasMessage("A test message needs an address to go to.");
    }
}
