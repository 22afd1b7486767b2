package io.tidings.journey;

/** Changes what an activity does or its description; ports its new settings lack (a removed branch) are dropped. */
public record EditActivity(String key, ActivityConfig config, String activityDescription) implements JourneyEdit {

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        Activity activity = graph.activity(key);
        if (activity == null) {
            throw new InvalidJourneyException("There is no activity " + key + " to change.");
        }
        return graph.with(key, activity.withConfig(config).withDescription(activityDescription));
    }

    @Override
    public String description() {
        return "Edit " + key;
    }
}
