package io.tidings.template;

import java.util.Map;

/**
 * Renders a typical personalised email (subject, HTML and text parts; 10 variables, an each loop,
 * two helpers) for one endpoint over and over on one thread, with compiled templates cached, and
 * prints renders per second. Not a test: run it with {@code mvn -B -Pbench-templates -DskipTests verify}.
 */
public final class TemplateRenderingBenchmark {

    private static final int ROUNDS = 5;
    private static final long ROUND_NANOS = 2_000_000_000L;

    private TemplateRenderingBenchmark() {
    }

    public static void main(String[] args) {
        TemplateContent email = TemplateContent.empty(TemplateType.EMAIL)
                .withField(TemplateFields.SUBJECT, "{{User.UserAttributes.FirstName}}, your {{Attributes.City}} picks")
                .withField(TemplateFields.HTML_PART, """
                        <html><body><h1>Hello {{capitalize User.UserAttributes.FirstName}} {{User.UserAttributes.LastName}}</h1>
                        <p>New in {{Location.City}} ({{Location.Country}}) for your {{Demographic.Platform}} app:</p>
                        <ul>{{#each Attributes.Interests}}<li>{{this}}</li>{{/each}}</ul>
                        <p>You have {{Metrics.Points}} points, {{upper User.UserAttributes.Tier}} tier.</p>
                        <p><a href="https://example.com/u/{{User.UserId}}">Your account</a>
                        <a href="{{UnsubscribeUrl}}">Unsubscribe</a></p></body></html>""")
                .withField(TemplateFields.TEXT_PART, "Hello {{User.UserAttributes.FirstName}}, you have "
                        + "{{Metrics.Points}} points. Unsubscribe: {{UnsubscribeUrl}}")
                .withDefaults(Map.of("User.UserAttributes.Tier", "bronze", "UnsubscribeUrl", "https://example.com/u"));
        TemplateRenderer renderer = new TemplateRenderer();
        var endpoint = Templates.ada();
        Map<String, String> defaults = email.defaults();
        RenderedMessage sample = renderer.render(email, MessageVariables.of(endpoint, defaults));
        if (sample.hasErrors()) {
            throw new IllegalStateException("The benchmark template does not render: " + sample.problems());
        }
        System.out.println("Template rendering benchmark: one thread, " + ROUNDS + " rounds of 2 s after a warm-up round");
        long sink = 0;
        double best = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            long renders = 0;
            long start = System.nanoTime();
            long end = start + ROUND_NANOS;
            long now;
            do {
                for (int batch = 0; batch < 1_000; batch++) {
                    sink += renderer.render(email, MessageVariables.of(endpoint, defaults)).part(TemplateFields.HTML_PART)
                            .length();
                }
                renders += 1_000;
                now = System.nanoTime();
            } while (now < end);
            double perSecond = renders * 1e9 / (now - start);
            if (round == 0) {
                System.out.printf("warm-up: %,.0f renders/s%n", perSecond);
            } else {
                best = Math.max(best, perSecond);
                System.out.printf("round %d: %,.0f renders/s%n", round, perSecond);
            }
        }
        System.out.printf("best: %,.0f renders/s per core (checksum %d)%n", best, sink % 10);
    }
}
