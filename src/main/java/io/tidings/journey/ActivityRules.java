package io.tidings.journey;

import io.tidings.channel.webhook.WebhookAddress;
import io.tidings.template.TemplateType;
import io.tidings.work.Quote;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rules each kind of activity follows, and where its open ports let participants leave. */
final class ActivityRules {

    /** Pinpoint's endpoint types a custom message may name ({@code PUSH} for every push service). */
    static final List<String> ENDPOINT_TYPES = List.of("PUSH", "GCM", "APNS", "APNS_SANDBOX", "APNS_VOIP",
            "APNS_VOIP_SANDBOX", "ADM", "SMS", "VOICE", "EMAIL", "BAIDU", "CUSTOM", "IN_APP");

    private final JourneyGraph graph;
    private final JourneyAssetCheck assets;

    ActivityRules(JourneyGraph graph, JourneyAssetCheck assets) {
        this.graph = graph;
        this.assets = assets;
    }

    void check(String key, Activity activity, List<Issue> issues) {
        ActivityConfig config = activity.config();
        if (config instanceof MessageActivity message) {
            message(key, message, issues);
        } else if (config instanceof WaitActivity wait && wait.waitTime() == null) {
            issues.add(Issue.error(key, null, key + " waits for nothing: give a duration (such as 3 days) or a date."));
        } else if (config instanceof ConditionalSplit split) {
            if (split.condition() == null || split.condition().conditions().isEmpty()) {
                issues.add(Issue.error(key, null, key + " has no condition: say what sends participants through Yes."));
            }
        } else if (config instanceof MultiConditionSplit split) {
            multiCondition(key, split, issues);
        } else if (config instanceof RandomSplit split) {
            randomSplit(key, split, issues);
        } else if (config instanceof Holdout holdout && (holdout.percentage() < 1 || holdout.percentage() > 100)) {
            issues.add(Issue.error(key, null, key + " holds out " + holdout.percentage() + " %: give 1 to 100."));
        } else if (config instanceof ContactCenter) {
            issues.add(Issue.warning(key, null, key + " is a contact-center call, which Tidings keeps but does not "
                    + "make: participants go straight on."));
        }
        if (config instanceof WaitActivity wait) {
            beforeTheEnd(key, wait.waitTime(), issues);
        } else if (config instanceof ConditionalSplit split) {
            beforeTheEnd(key, split.evaluationWaitTime(), issues);
        } else if (config instanceof MultiConditionSplit split) {
            beforeTheEnd(key, split.evaluationWaitTime(), issues);
        }
        WaitTime evaluation = config instanceof ConditionalSplit split ? split.evaluationWaitTime()
                : config instanceof MultiConditionSplit split ? split.evaluationWaitTime() : null;
        for (SimpleCondition condition : SimpleCondition.in(config)) {
            condition(key, condition, evaluation, issues);
        }
        ports(key, activity, issues);
    }

    /** A date to wait until must come before the journey ends. */
    private void beforeTheEnd(String key, WaitTime wait, List<Issue> issues) {
        Instant end = graph.settings().schedule().endTime();
        if (wait != null && wait.waitUntil() != null && end != null && !wait.waitUntil().isBefore(end)) {
            issues.add(Issue.error(key, null, key + " waits until " + wait.waitUntil() + ", when the journey has "
                    + "ended (" + end + "): choose an earlier date."));
        }
    }

    private void message(String key, MessageActivity message, List<Issue> issues) {
        if (message instanceof MessageActivity.Custom custom) {
            if (custom.deliveryUri() == null || custom.deliveryUri().isBlank()) {
                issues.add(Issue.error(key, null, key + " has no web address to send to: give its DeliveryUri."));
            } else {
                try {
                    if ("http".equalsIgnoreCase(WebhookAddress.of(custom.deliveryUri()).getScheme())) {
                        issues.add(Issue.warning(key, null, key + " calls its webhook over plain http: Tidings does, "
                                + "but Pinpoint calls https:// webhooks only, so an export to Pinpoint would be refused."));
                    }
                } catch (IllegalArgumentException wrong) {
                    issues.add(Issue.error(key, null, key + "'s webhook: " + wrong.getMessage()));
                }
            }
            List<String> unknown = custom.endpointTypes().stream()
                    .filter(type -> !ENDPOINT_TYPES.contains(type == null ? "" : type.strip().toUpperCase(Locale.ROOT)))
                    .toList();
            if (!unknown.isEmpty()) {
                issues.add(Issue.error(key, null, key + " calls its webhook about endpoints of type "
                        + String.join(", ", unknown) + ", which Pinpoint does not have: choose among "
                        + String.join(", ", ENDPOINT_TYPES) + "."));
            }
        } else if (message.template() == null) {
            issues.add(Issue.error(key, null, key + " has no template: choose the "
                    + message.kindName().substring("Send ".length()) + " template it sends."));
        }
        if (message.template() != null) {
            Optional<TemplateType> type = assets.templateType(message.template().templateId());
            if (type.isEmpty()) {
                issues.add(Issue.error(key, null, key + "'s template has been deleted: choose another."));
            } else if (message.channel() != null && type.get() != message.channel()) {
                issues.add(Issue.error(key, null, key + " sends " + word(type.get()) + " template in "
                        + word(message.channel()) + " activity: choose " + word(message.channel()) + " template."));
            }
        }
        if (message instanceof MessageActivity.Voice) {
            issues.add(Issue.warning(key, null, key + " sends voice messages, which Tidings does but Pinpoint's "
                    + "journeys do not: an export to Pinpoint would be refused."));
        }
    }

    private static void multiCondition(String key, MultiConditionSplit split, List<Issue> issues) {
        if (split.branches().isEmpty()) {
            issues.add(Issue.error(key, null, key + " has no branches: give at least one condition."));
        }
        if (split.branches().size() > Port.MOST_BRANCHES) {
            issues.add(Issue.error(key, null, key + " has " + split.branches().size() + " branches: a multivariate "
                    + "split has at most " + Port.MOST_BRANCHES + ", and Else."));
        }
        for (int index = 0; index < Math.min(split.branches().size(), Port.MOST_BRANCHES); index++) {
            if (split.branches().get(index) == null) {
                Port port = Port.branch(index);
                issues.add(Issue.error(key, port, key + "'s " + port.label() + " has no condition."));
            }
        }
    }

    private static void randomSplit(String key, RandomSplit split, List<Issue> issues) {
        int paths = split.percentages().size();
        if (paths < 2 || paths > Port.MOST_PATHS) {
            issues.add(Issue.error(key, null, key + " has " + paths + (paths == 1 ? " path" : " paths")
                    + ": a random split has 2 to " + Port.MOST_PATHS + "."));
        }
        for (int index = 0; index < Math.min(paths, Port.MOST_PATHS); index++) {
            int percentage = split.percentages().get(index);
            if (percentage <= 0) {
                Port port = Port.path(index);
                issues.add(Issue.error(key, port, key + "'s " + port.label() + " takes " + percentage
                        + " %: give every path a share, or remove it."));
            }
        }
        if (split.total() != 100) {
            issues.add(Issue.error(key, null, key + "'s paths take " + split.total() + " % together: make them add "
                    + "up to 100 %."));
        }
    }

    private void condition(String key, SimpleCondition condition, WaitTime evaluation, List<Issue> issues) {
        if (condition instanceof SimpleCondition.InSegment segment && !assets.segmentExists(segment.segmentId())) {
            issues.add(Issue.error(key, null, key + " tests a segment that has been deleted: choose another."));
        } else if (condition instanceof SimpleCondition.MessageEvent event) {
            messageEvent(key, event, issues);
            if (evaluation == null && event.messageActivity() != null && graph.has(event.messageActivity())
                    && JourneyValidator.leadsWithoutWait(graph, event.messageActivity(), key)) {
                issues.add(Issue.warning(key, null, key + " looks for " + String.join(", ",
                        event.dimensions().eventTypes()) + " as soon as " + event.messageActivity() + " is sent, "
                        + "before anyone can have done it, so everyone takes the No path (or Else). Let it evaluate "
                        + "after a wait, such as 1 hour, or put a Wait before it."));
            }
        }
    }

    private void messageEvent(String key, SimpleCondition.MessageEvent event, List<Issue> issues) {
        String source = event.messageActivity();
        if (event.dimensions().eventTypes().isEmpty()) {
            issues.add(Issue.error(key, null, key + " tests an event without saying which (such as _email.open)."));
        }
        if (source == null || source.isBlank()) {
            issues.add(Issue.error(key, null, key + " tests an event without saying of which message: choose the "
                    + "earlier activity that sent it."));
            return;
        }
        Activity sender = graph.activity(source);
        if (sender == null || !(sender.config() instanceof MessageActivity message)) {
            issues.add(Issue.error(key, null, key + " tests an event of " + Quote.of(source) + ", which is not "
                    + "an activity that sends a message."));
            return;
        }
        if (source.equals(key) || !graph.leadsTo(source, key)) {
            issues.add(Issue.error(key, null, key + " tests an event of " + source + ", which comes after it or on "
                    + "another path: participants reach " + key + " without having been sent that message."));
        }
        String sends = message instanceof MessageActivity.Custom ? "CUSTOM" : message.channel().name();
        for (String type : event.dimensions().eventTypes()) {
            String channel = type.startsWith("_") && type.indexOf('.') > 0
                    ? type.substring(1, type.indexOf('.')).toUpperCase(Locale.ROOT) : null;
            if (channel != null && !channel.equals(sends)
                    && List.of("EMAIL", "SMS", "PUSH", "VOICE", "CUSTOM").contains(channel)) {
                issues.add(Issue.error(key, null, key + " tests " + type + " of " + source + ", which sends "
                        + (message.channel() == null ? "a custom" : word(message.channel())) + " message."));
            }
        }
    }

    private void ports(String key, Activity activity, List<Issue> issues) {
        List<Port> ports = activity.config().ports();
        for (Port port : ports) {
            String target = activity.target(port);
            if (target != null && !graph.has(target)) {
                issues.add(Issue.error(key, port, key + "'s " + port.label() + " leads to " + Quote.of(target)
                        + ", which is not an activity of this journey."));
            } else if (target == null && ports.size() > 1) {
                issues.add(Issue.note(key, port, "Participants who take " + key + "'s " + port.label()
                        + " leave the journey there."));
            }
        }
    }

    private static String word(TemplateType type) {
        return switch (type) {
            case EMAIL -> "an email";
            case SMS -> "an SMS";
            case PUSH -> "a push";
            case VOICE -> "a voice";
        };
    }
}
