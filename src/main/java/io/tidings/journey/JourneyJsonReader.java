package io.tidings.journey;

import io.tidings.template.TemplateType;
import io.tidings.work.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a WriteJourneyRequest into a {@link JourneyGraph}; each refusal names the JSON path it is about. */
final class JourneyJsonReader {

    private static final String KINDS = "EMAIL, SMS, PUSH, CUSTOM, Wait, ConditionalSplit, MultiCondition, "
            + "RandomSplit, Holdout or ContactCenter (or Tidings' VOICE)";

    private final JourneyAssets assets;
    private final boolean fromAFile;
    private final Map<String, BiFunction<JourneyJsonReader, JsonAt, Parsed>> kinds = new LinkedHashMap<>();

    /** An activity as read, and where each port leads, before the keys are checked. */
    private record Parsed(ActivityConfig config, Map<Port, JsonAt> next) {
    }

    /**
     * With {@code fromAFile}, more branches or paths than Pinpoint takes are refused; the workspace's own JSON (and
     * the clipboard's) may hold a draft that has them, which the validator reports instead.
     */
    JourneyJsonReader(JourneyAssets assets, boolean fromAFile) {
        this.assets = assets;
        this.fromAFile = fromAFile;
        kinds.put("EMAIL", JourneyJsonReader::email);
        kinds.put("SMS", JourneyJsonReader::sms);
        kinds.put("PUSH", JourneyJsonReader::push);
        kinds.put("VOICE", JourneyJsonReader::voice);
        kinds.put("CUSTOM", JourneyJsonReader::custom);
        kinds.put("Wait", JourneyJsonReader::waitActivity);
        kinds.put("ConditionalSplit", JourneyJsonReader::conditionalSplit);
        kinds.put("MultiCondition", JourneyJsonReader::multiCondition);
        kinds.put("RandomSplit", JourneyJsonReader::randomSplit);
        kinds.put("Holdout", JourneyJsonReader::holdout);
        kinds.put("ContactCenter", JourneyJsonReader::contactCenter);
    }

    JourneyGraph graph(JsonAt root) {
        JourneySettingsReader settingsReader = new JourneySettingsReader(assets);
        JourneySettings settings = settingsReader.settings(root);
        JourneyEntry entry = settingsReader.entry(root.object("StartCondition"));
        Map<String, Activity> activities = new LinkedHashMap<>();
        Map<String, Parsed> parsed = new LinkedHashMap<>();
        JsonAt list = root.object("Activities");
        if (list != null) {
            list.members().forEach((key, activity) -> parsed.put(checkedKey(key), activity(activity)));
        }
        parsed.forEach((key, activity) -> {
            Map<Port, String> next = new LinkedHashMap<>();
            activity.next().forEach((port, target) -> next.put(port, existing(target, parsed)));
            activities.put(key, new Activity(descriptionOf(list.get(key)), activity.config(), next));
        });
        parsed.forEach((key, activity) -> messageActivities(activity.config(), list.get(key), parsed));
        JsonAt start = root.get("StartActivity");
        JourneyLayout layout = root.object(JourneyJsonWriter.CANVAS) == null ? JourneyLayout.NONE
                : layout(root.object(JourneyJsonWriter.CANVAS));
        // Positions of activities the file does not have are dropped.
        layout = layout.without(layout.activities().keySet().stream().filter(key -> !activities.containsKey(key))
                .collect(Collectors.toSet()));
        return new JourneyGraph(settings, entry, existing(start, parsed), activities, layout);
    }

    // ---- Activities

    private static String checkedKey(String key) {
        if (!JourneyGraph.isValidKey(key)) {
            throw new InvalidJourneyException("Activities has the key " + Quote.of(key) + ": Pinpoint's activity keys "
                    + "are letters and digits only, at most 100 (such as welcomeEmail or wait3Days).");
        }
        return key;
    }

    private Parsed activity(JsonAt node) {
        Map<String, JsonAt> members = node.members();
        List<String> found = new ArrayList<>();
        Parsed parsed = null;
        for (Map.Entry<String, BiFunction<JourneyJsonReader, JsonAt, Parsed>> kind : kinds.entrySet()) {
            JsonAt body = node.object(kind.getKey());
            if (body != null) {
                found.add(kind.getKey());
                parsed = kind.getValue().apply(this, body);
            }
        }
        if (found.size() > 1) {
            throw new InvalidJourneyException(node.path() + " has " + String.join(" and ", found)
                    + ": an activity does one thing; make an activity for each.");
        }
        if (parsed == null) {
            String others = members.keySet().stream().filter(name -> !name.equalsIgnoreCase("Description"))
                    .findFirst().map(name -> " (" + Quote.of(name) + " is not one)").orElse("");
            throw new InvalidJourneyException(node.path() + " says nothing to do" + others + ": give one of " + KINDS
                    + ".");
        }
        return parsed;
    }

    private static String descriptionOf(JsonAt activity) {
        return activity.text("Description");
    }

    private Parsed email(JsonAt body) {
        return next(new MessageActivity.Email(template(body, TemplateType.EMAIL),
                messageConfig(body).text("FromAddress")), body);
    }

    private Parsed sms(JsonAt body) {
        JsonAt sms = messageConfig(body);
        return next(new MessageActivity.Sms(template(body, TemplateType.SMS), sms.text("MessageType"),
                sms.text("OriginationNumber"), sms.text("SenderId"), sms.text("EntityId"), sms.text("TemplateId")), body);
    }

    private Parsed push(JsonAt body) {
        return next(new MessageActivity.Push(template(body, TemplateType.PUSH),
                messageConfig(body).text("TimeToLive")), body);
    }

    private Parsed voice(JsonAt body) {
        return next(new MessageActivity.Voice(template(body, TemplateType.VOICE)), body);
    }

    private Parsed custom(JsonAt body) {
        List<String> endpointTypes = body.list("EndpointTypes").stream().map(JsonAt::text).toList();
        return next(new MessageActivity.Custom(template(body, null), body.text("DeliveryUri"), endpointTypes,
                messageConfig(body).text("Data")), body);
    }

    /** The activity's MessageConfig, which must be an object when given; its fields read as absent when it is not. */
    private static JsonAt messageConfig(JsonAt body) {
        body.object("MessageConfig");
        return body.get("MessageConfig");
    }

    private TemplateChoice template(JsonAt body, TemplateType type) {
        String name = body.text("TemplateName");
        if (name == null || name.isBlank()) {
            return null;
        }
        String version = body.text("TemplateVersion");
        Integer number = null;
        if (version != null && !version.isBlank()) {
            if (!version.strip().matches("\\d{1,9}")) {
                throw body.get("TemplateVersion").wrong("a version number such as \"2\"");
            }
            number = Integer.valueOf(version.strip());
        }
        return assets.template(name, number, type, body.path());
    }

    private Parsed waitActivity(JsonAt body) {
        JsonAt waitTime = body.object("WaitTime");
        return next(new WaitActivity(waitTime == null ? null : waitTime(waitTime)), body);
    }

    private static WaitTime waitTime(JsonAt node) {
        String waitFor = node.text("WaitFor");
        JsonAt waitUntil = node.get("WaitUntil");
        boolean hasFor = waitFor != null && !waitFor.isBlank();
        if (hasFor && waitUntil.isPresent()) {
            throw new InvalidJourneyException(node.path() + " has both WaitFor and WaitUntil: keep one.");
        }
        if (hasFor) {
            return WaitTime.waitFor(IsoDurations.parse(waitFor, node.under("WaitFor")));
        }
        if (waitUntil.isPresent()) {
            return WaitTime.waitUntil(JourneySettingsReader.instant(waitUntil, null));
        }
        throw new InvalidJourneyException(node.path() + " is empty: give WaitFor (such as P3D) or WaitUntil (such as "
                + "2026-12-24T09:00:00Z).");
    }

    private Parsed conditionalSplit(JsonAt body) {
        JsonAt conditionNode = body.object("Condition");
        Condition condition = null;
        if (conditionNode != null) {
            List<SimpleCondition> conditions = new ArrayList<>();
            for (JsonAt simple : conditionNode.list("Conditions")) {
                conditions.add(simpleCondition(simple));
            }
            String operator = conditionNode.text("Operator");
            Condition.Operator combined = Condition.Operator.ALL;
            if (operator != null && !operator.isBlank()) {
                try {
                    combined = Condition.Operator.valueOf(operator.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw conditionNode.get("Operator").wrong("ALL or ANY");
                }
            }
            condition = conditions.isEmpty() ? null : new Condition(conditions, combined);
        }
        Map<Port, JsonAt> next = new LinkedHashMap<>();
        next.put(Port.YES, body.get("TrueActivity"));
        next.put(Port.NO, body.get("FalseActivity"));
        return new Parsed(new ConditionalSplit(condition, evaluationWait(body)), next);
    }

    private Parsed multiCondition(JsonAt body) {
        List<JsonAt> branches = body.list("Branches");
        if (fromAFile && branches.size() > Port.MOST_BRANCHES) {
            throw new InvalidJourneyException(body.under("Branches") + " has " + branches.size() + " branches: a "
                    + "multivariate split has at most " + Port.MOST_BRANCHES + ", and Else (DefaultActivity).");
        }
        List<SimpleCondition> conditions = new ArrayList<>();
        Map<Port, JsonAt> next = new LinkedHashMap<>();
        for (int index = 0; index < branches.size(); index++) {
            JsonAt branch = branches.get(index);
            JsonAt condition = branch.object("Condition");
            conditions.add(condition == null ? null : simpleCondition(condition));
            if (index < Port.MOST_BRANCHES) {
                next.put(Port.branch(index), branch.get("NextActivity"));
            }
        }
        next.put(Port.ELSE, body.get("DefaultActivity"));
        return new Parsed(new MultiConditionSplit(conditions, evaluationWait(body)), next);
    }

    private static WaitTime evaluationWait(JsonAt body) {
        JsonAt wait = body.object("EvaluationWaitTime");
        return wait == null ? null : waitTime(wait);
    }

    private SimpleCondition simpleCondition(JsonAt node) {
        JsonAt segment = node.object("SegmentCondition");
        JsonAt event = node.object("EventCondition");
        JsonAt dimensions = node.object("SegmentDimensions");
        long given = Stream.of(segment, event, dimensions).filter(Objects::nonNull).count();
        if (given != 1) {
            throw new InvalidJourneyException(node.path() + (given == 0 ? " is empty" : " has more than one test")
                    + ": give one of SegmentCondition, EventCondition or SegmentDimensions.");
        }
        if (segment != null) {
            return new SimpleCondition.InSegment(assets.segment(segment.requiredText("SegmentId", "the segment's name"),
                    segment.under("SegmentId")));
        }
        if (event != null) {
            String activity = event.text("MessageActivity");
            return new SimpleCondition.MessageEvent(activity == null ? null : activity.strip(),
                    JourneySettingsReader.dimensions(event, "Dimensions"));
        }
        return new SimpleCondition.Attributes(dimensions.node().toString());
    }

    private Parsed randomSplit(JsonAt body) {
        List<JsonAt> branches = body.list("Branches");
        if (fromAFile && branches.size() > Port.MOST_PATHS) {
            throw new InvalidJourneyException(body.under("Branches") + " has " + branches.size() + " paths: a random "
                    + "split has at most " + Port.MOST_PATHS + ".");
        }
        List<Integer> percentages = new ArrayList<>();
        Map<Port, JsonAt> next = new LinkedHashMap<>();
        for (int index = 0; index < branches.size(); index++) {
            Integer percentage = branches.get(index).whole("Percentage");
            percentages.add(percentage == null ? 0 : percentage);
            if (index < Port.MOST_PATHS) {
                next.put(Port.path(index), branches.get(index).get("NextActivity"));
            }
        }
        return new Parsed(new RandomSplit(percentages), next);
    }

    private Parsed holdout(JsonAt body) {
        Integer percentage = body.whole("Percentage");
        if (percentage == null) {
            throw new InvalidJourneyException(body.under("Percentage") + " is missing: give the share of participants "
                    + "who leave the journey here, a whole percentage.");
        }
        return next(new Holdout(percentage), body);
    }

    private Parsed contactCenter(JsonAt body) {
        return next(new ContactCenter(), body);
    }

    private static Parsed next(ActivityConfig config, JsonAt body) {
        return new Parsed(config, Map.of(Port.NEXT, body.get("NextActivity")));
    }

    /** The key a reference names, which must be one of the file's activities; null when absent. */
    private static String existing(JsonAt reference, Map<String, Parsed> activities) {
        String key = reference.text();
        if (key == null || key.isBlank()) {
            return null;
        }
        if (!activities.containsKey(key.strip())) {
            throw new InvalidJourneyException(reference.path() + " is " + Quote.of(key)
                    + ", which names no activity of this journey (the keys under Activities).");
        }
        return key.strip();
    }

    /** An event condition's MessageActivity must be one of the file's activities. */
    private static void messageActivities(ActivityConfig config, JsonAt node, Map<String, Parsed> activities) {
        List<SimpleCondition> conditions = SimpleCondition.in(config);
        for (SimpleCondition condition : conditions) {
            if (condition instanceof SimpleCondition.MessageEvent event && event.messageActivity() != null
                    && !activities.containsKey(event.messageActivity())) {
                throw new InvalidJourneyException(node.path() + " tests an event of " + Quote.of(event.messageActivity())
                        + " (EventCondition.MessageActivity), which names no activity of this journey.");
            }
        }
    }

    // ---- Layout

    static JourneyLayout layout(JsonAt node) {
        Map<String, Position> positions = new LinkedHashMap<>();
        JsonAt activities = node.object("Activities");
        if (activities != null) {
            activities.members().forEach((key, position) -> positions.put(key, position(position)));
        }
        JsonAt entry = node.object("Entry");
        return new JourneyLayout(entry == null ? null : position(entry), positions);
    }

    private static Position position(JsonAt node) {
        JsonAt x = node.get("X");
        JsonAt y = node.get("Y");
        if (!x.node().isNumber()) {
            throw x.wrong("a number");
        }
        if (!y.node().isNumber()) {
            throw y.wrong("a number");
        }
        return new Position(x.node().doubleValue(), y.node().doubleValue());
    }
}
