package io.tidings.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each helper against the behaviour Pinpoint documents for it. */
class PinpointHelpersTest {

    private final TemplateRenderer renderer =
            new TemplateRenderer(Clock.fixed(Instant.parse("2026-05-10T20:30:00Z"), ZoneOffset.UTC));

    private String render(String body) {
        RenderedMessage message = renderer.render(Templates.sms(body), MessageVariables.of(Templates.ada(), Map.of()));
        assertThat(message.problems()).isEmpty();
        return message.part(TemplateFields.BODY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // conditions, as blocks and inline
        "{{#if Attributes.City}}yes{{else}}no{{/if}}|yes",
        "{{#if Attributes.Missing}}yes{{else}}no{{/if}}|no",
        "{{#eq Attributes.City \"Lisbon\"}}yes{{else}}no{{/eq}}|yes",
        "{{#neq Attributes.City \"Lisbon\"}}yes{{else}}no{{/neq}}|no",
        "{{#gt Metrics.Points 9}}yes{{else}}no{{/gt}}|yes",
        "{{#gte Metrics.Points 42}}yes{{else}}no{{/gte}}|yes",
        "{{#lt Metrics.Points 100}}yes{{else}}no{{/lt}}|yes",
        "{{#lte Metrics.Points 41}}yes{{else}}no{{/lte}}|no",
        "{{#and Attributes.City Attributes.Missing}}yes{{else}}no{{/and}}|no",
        "{{#or Attributes.Missing Attributes.City}}yes{{else}}no{{/or}}|yes",
        "{{#not Attributes.Missing}}yes{{else}}no{{/not}}|yes",
        "{{#if (eq 10 \"10\")}}numbers{{/if}}|numbers",
        // string helpers
        "{{abbreviate \"Handlebars rocks\" 6}}|Han...",
        "{{capitalize \"this is a test\"}}|This Is A Test",
        "{{capitalizeFirst \"hello world\"}}|Hello world",
        "{{center \"hi\" size=6 pad=\"*\"}}|**hi**",
        "{{cut \"a-b-c\" \"-\"}}|abc",
        "{{dateFormat \"2026-05-10T20:30:00Z\" \"dd-MM-yyyy\"}}|10-05-2026",
        "{{dateFormat \"2026-05-10\" \"long\"}}|May 10, 2026",
        "{{dateFormat \"2026-05-10T23:30:00Z\" \"yyyy-MM-dd HH:mm\" tz=\"Asia/Tokyo\"}}|2026-05-11 08:30",
        "{{inflect 1 \"tent\" \"tents\"}}|tent",
        "{{inflect 2 \"tent\" \"tents\" true}}|2 tents",
        "{{inflect 0 \"tent\" \"tents\" true}}|0 tents",
        "{{join Attributes.Interests \" & \"}}|hiking & camping & kayaks",
        "{{ljust \"hi\" size=5 pad=\".\"}}|hi...",
        "{{lower \"HeLLo\"}}|hello",
        "{{now \"yyyy-MM-dd'T'HH:mm\"}}|2026-05-10T20:30",
        "{{now \"HH:mm\" tz=\"America/New_York\"}}|16:30",
        "{{ordinalize 1}} {{ordinalize 22}} {{ordinalize 13}} {{ordinalize 111}} {{ordinalize 103}}|1st 22nd 13th 111th 103rd",
        "{{replace \"Hello World\" \"World\" \"Ada\"}}|Hello Ada",
        "{{rjust \"hi\" size=5 pad=\".\"}}|...hi",
        "{{slugify \"Summer Sale 2026!\"}}|summer-sale-2026",
        "{{stripTags \"<b>bold</b> move\"}}|bold move",
        "{{substring \"Northwind\" 0 5}}|North",
        "{{upper Attributes.City}}|LISBON",
        "{{yesno true}} {{yesno false}} {{yesno Attributes.Missing}}|yes no maybe",
        "{{yesno true yes=\"sure\"}}|sure",
        // math and encoding
        "{{add 1 2}} {{add Metrics.Points 0.5}}|3 42.5",
        "{{subtract 10 4}}|6",
        "{{multiply 2.5 4}}|10",
        "{{divide 5 2}}|2.5",
        "{{modulo 8 3}}|2",
        "{{ceiling 1.2}} {{floor 1.8}} {{round 1.5}} {{round 1.4}}|2 1 2 1",
        "{{encode64 \"Hello\"}}|SGVsbG8=",
        "{{decode64 \"SGVsbG8=\"}}|Hello",
        "{{md5 \"Hello\"}}|8b1a9953c4611296a827abf8c47804d7",
        "{{sha256 \"Hello\"}}|185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969",
        // partials
        "{{#*inline \"greeting\"}}Hi {{name}}!{{/inline}}{{> greeting name=User.UserAttributes.FirstName}}|Hi Ada!",
    })
    void helperBehavesAsPinpointDocuments(String template, String expected) {
        assertThat(render(template)).isEqualTo(expected);
    }

    /** Pinpoint renders nothing for a helper whose value the endpoint lacks; it never prints the helper's arguments. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[{{abbreviate User.UserAttributes.Missing 6}}]|[]",
        "[{{ljust User.UserAttributes.Missing 10}}]|[]",
        "[{{rjust User.UserAttributes.Missing 10}}]|[]",
        "[{{center User.UserAttributes.Missing size=10}}]|[]",
        "[{{substring User.UserAttributes.Missing 1 3}}]|[]",
        "[{{replace User.UserAttributes.Missing \"a\" \"b\"}}]|[]",
        "[{{cut User.UserAttributes.Missing \" \"}}]|[]",
        "[{{wordWrap User.UserAttributes.Missing 5}}]|[]",
        "[{{capitalize User.UserAttributes.Missing}}]|[]",
        "[{{capitalizeFirst User.UserAttributes.Missing}}]|[]",
        "[{{lower User.UserAttributes.Missing}}]|[]",
        "[{{upper User.UserAttributes.Missing}}]|[]",
        "[{{stripTags User.UserAttributes.Missing}}]|[]",
        "[{{slugify User.UserAttributes.Missing}}]|[]",
        "[{{join User.UserAttributes.Missing \", \"}}]|[]",
        "[{{dateFormat User.UserAttributes.Missing \"short\"}}]|[]",
        "[{{numberFormat User.UserAttributes.Missing \"currency\"}}]|[]",
        "[{{stringFormat User.UserAttributes.Missing \"%s!\"}}]|[]",
        // the helpers whose point is a missing value keep it
        "[{{defaultIfEmpty User.UserAttributes.Missing \"friend\"}}]|[friend]",
    })
    void aHelperWhoseValueIsMissingRendersNothing(String template, String expected) {
        assertThat(render(template)).isEqualTo(expected);
    }

    @Test
    void sha512IsTheHexDigest() {
        assertThat(render("{{sha512 \"Hello\"}}")).isEqualTo("3615f80c9d293ed7402687f94b22d58e529b8cc7916f8fac7fddf7fbd5af4"
                + "cf777d3d795a7a00a16bf7e7f3fb9561ee9baae480da9fe7a18769e71886b03f315");
    }

    @Test
    void uuidIsARandomUuidEachTime() {
        String first = render("{{uuid}}");
        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(render("{{uuid}}")).isNotEqualTo(first);
    }

    @Test
    void eachIteratesAListWithIndexAndElse() {
        assertThat(render("{{#each Attributes.Interests}}{{@index}}={{this}};{{/each}}"))
                .isEqualTo("0=hiking;1=camping;2=kayaks;");
        assertThat(render("{{#each Attributes.Missing}}x{{else}}none{{/each}}")).isEqualTo("none");
    }

    @Test
    void eachStopsAtPinpointsFifteenItems() {
        TemplateContent content = Templates.sms("{{#each Items}}{{this}},{{/each}}");
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("Items", java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(renderer.render(content, variables).part(TemplateFields.BODY))
                .isEqualTo("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,");
    }

    @Test
    void aHelperGivenTextThatIsNotANumberSaysSo() {
        RenderedMessage message = renderer.render(Templates.sms("{{add Attributes.City 1}}"),
                MessageVariables.of(Templates.ada(), Map.of()));
        assertThat(message.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("add: \"Lisbon\" is not a number"));
    }
}
