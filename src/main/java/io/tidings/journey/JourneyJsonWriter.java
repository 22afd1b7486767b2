package io.tidings.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.campaign.CampaignTimezones;
import io.tidings.delivery.QuietTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TreeMap;

/** Writes a {@link JourneyGraph} as a WriteJourneyRequest, with Pinpoint's field names and nothing left at its default. */
final class JourneyJsonWriter {

    /** Tidings' field for the canvas positions, which Pinpoint does not have: {@code {"Entry": {"X":, "Y":}, "Activities": {...}}}. */
    static final String CANVAS = "TidingsCanvas";

    private final JourneyAssets assets;

    JourneyJsonWriter(JourneyAssets assets) {
        this.assets = assets;
    }

    ObjectNode write(String name, JourneyGraph graph, boolean canvas) {
        ObjectNode root = JourneyJson.JSON.createObjectNode();
        text(root, "Name", name);
        JourneySettings settings = graph.settings();
        if (!settings.schedule().isNone()) {
            root.set("Schedule", schedule(settings.schedule()));
        }
        if (settings.localTime()) {
            root.put("LocalTime", true);
        }
        QuietTime quietTime = settings.quietTime();
        if (quietTime != null) {
            ObjectNode quiet = root.putObject("QuietTime");
            quiet.put("Start", quietTime.start().toString());
            quiet.put("End", quietTime.end().toString());
            root.put("WaitForQuietTime", quietTime.action() == QuietTime.Action.HOLD);
        }
        if (!settings.limits().isNone()) {
            root.set("Limits", limits(settings.limits()));
        }
        if (settings.refreshFrequency() != null) {
            root.put("RefreshFrequency", IsoDurations.format(settings.refreshFrequency()));
        }
        if (settings.refreshOnSegmentUpdate()) {
            root.put("RefreshOnSegmentUpdate", true);
        }
        settings.keptAsIs().forEach((field, json) -> root.set(field, tree(json)));
        if (graph.entry() != null) {
            root.set("StartCondition", entry(graph.entry()));
        }
        text(root, "StartActivity", graph.startActivity());
        ObjectNode activities = root.putObject("Activities");
        graph.activities().forEach((key, activity) -> activities.set(key, activity(activity)));
        if (canvas && !graph.layout().isEmpty()) {
            root.set(CANVAS, layout(graph.layout()));
        }
        return root;
    }

    private static ObjectNode schedule(JourneySchedule schedule) {
        ObjectNode node = JourneyJson.JSON.createObjectNode();
        ZoneId zone = schedule.timezone() == null ? ZoneOffset.UTC : schedule.timezone();
        text(node, "StartTime", time(schedule.startTime(), zone));
        text(node, "EndTime", time(schedule.endTime(), zone));
        if (schedule.timezone() != null) {
            node.put("Timezone", CampaignTimezones.format(schedule.timezone()));
        }
        return node;
    }

    /** On the schedule's own clock: Pinpoint wants the StartTime's offset to be the Timezone's. */
    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }

    private static ObjectNode limits(JourneyLimits limits) {
        ObjectNode node = JourneyJson.JSON.createObjectNode();
        number(node, "DailyCap", limits.dailyCap());
        number(node, "EndpointReentryCap", limits.endpointReentryCap());
        if (limits.endpointReentryInterval() != null) {
            node.put("EndpointReentryInterval", IsoDurations.format(limits.endpointReentryInterval()));
        }
        number(node, "MessagesPerSecond", limits.messagesPerSecond());
        if (limits.timeframeCap() != null) {
            ObjectNode timeframe = node.putObject("TimeframeCap");
            number(timeframe, "Cap", limits.timeframeCap().cap());
            number(timeframe, "Days", limits.timeframeCap().days());
        }
        number(node, "TotalCap", limits.totalCap());
        return node;
    }

    private ObjectNode entry(JourneyEntry entry) {
        ObjectNode node = JourneyJson.JSON.createObjectNode();
        text(node, "Description", entry.description());
        if (entry instanceof JourneyEntry.FromSegment segment) {
            node.putObject("SegmentStartCondition").put("SegmentId", assets.segmentReference(segment.segmentId()));
        } else if (entry instanceof JourneyEntry.OnEvent event) {
            ObjectNode start = node.putObject("EventStartCondition");
            ObjectNode filter = start.putObject("EventFilter");
            filter.set("Dimensions", tree(event.dimensions().json()));
            filter.put("FilterType", event.filterType());
            if (event.segmentId() != null) {
                start.put("SegmentId", assets.segmentReference(event.segmentId()));
            }
        }
        return node;
    }

    private ObjectNode activity(Activity activity) {
        ObjectNode node = JourneyJson.JSON.createObjectNode();
        text(node, "Description", activity.description());
        ObjectNode body = node.putObject(activity.config().pinpointName());
        ActivityConfig config = activity.config();
        if (config instanceof MessageActivity message) {
            message(body, message);
        } else if (config instanceof WaitActivity wait && wait.waitTime() != null) {
            body.set("WaitTime", waitTime(wait.waitTime()));
        } else if (config instanceof ConditionalSplit split) {
            if (split.condition() != null) {
                ObjectNode condition = body.putObject("Condition");
                ArrayNode conditions = condition.putArray("Conditions");
                split.condition().conditions().forEach(simple -> conditions.add(simpleCondition(simple)));
                condition.put("Operator", split.condition().operator().name());
            }
            evaluationWait(body, split.evaluationWaitTime());
            text(body, "TrueActivity", activity.target(Port.YES));
            text(body, "FalseActivity", activity.target(Port.NO));
            return node;
        } else if (config instanceof MultiConditionSplit split) {
            ArrayNode branches = body.putArray("Branches");
            for (int index = 0; index < split.branches().size(); index++) {
                ObjectNode branch = branches.addObject();
                if (split.branches().get(index) != null) {
                    branch.set("Condition", simpleCondition(split.branches().get(index)));
                }
                text(branch, "NextActivity", index < Port.MOST_BRANCHES ? activity.target(Port.branch(index)) : null);
            }
            text(body, "DefaultActivity", activity.target(Port.ELSE));
            evaluationWait(body, split.evaluationWaitTime());
            return node;
        } else if (config instanceof RandomSplit split) {
            ArrayNode branches = body.putArray("Branches");
            for (int index = 0; index < split.percentages().size(); index++) {
                ObjectNode branch = branches.addObject();
                text(branch, "NextActivity", index < Port.MOST_PATHS ? activity.target(Port.path(index)) : null);
                branch.put("Percentage", split.percentages().get(index));
            }
            return node;
        } else if (config instanceof Holdout holdout) {
            body.put("Percentage", holdout.percentage());
        }
        text(body, "NextActivity", activity.target(Port.NEXT));
        return node;
    }

    private void message(ObjectNode body, MessageActivity message) {
        if (message instanceof MessageActivity.Custom custom) {
            text(body, "DeliveryUri", custom.deliveryUri());
            if (!custom.endpointTypes().isEmpty()) {
                ArrayNode types = body.putArray("EndpointTypes");
                custom.endpointTypes().forEach(types::add);
            }
            if (custom.data() != null) {
                body.putObject("MessageConfig").put("Data", custom.data());
            }
        } else if (message instanceof MessageActivity.Email email && email.fromAddress() != null) {
            body.putObject("MessageConfig").put("FromAddress", email.fromAddress());
        } else if (message instanceof MessageActivity.Sms sms) {
            ObjectNode config = JourneyJson.JSON.createObjectNode();
            text(config, "MessageType", sms.messageType());
            text(config, "OriginationNumber", sms.originationNumber());
            text(config, "SenderId", sms.senderId());
            text(config, "EntityId", sms.entityId());
            text(config, "TemplateId", sms.registeredTemplateId());
            if (!config.isEmpty()) {
                body.set("MessageConfig", config);
            }
        } else if (message instanceof MessageActivity.Push push && push.timeToLive() != null) {
            body.putObject("MessageConfig").put("TimeToLive", push.timeToLive());
        }
        if (message.template() != null) {
            body.put("TemplateName", assets.templateReference(message.template().templateId()));
            if (message.template().version() != null) {
                body.put("TemplateVersion", message.template().version().toString());
            }
        }
    }

    private ObjectNode simpleCondition(SimpleCondition condition) {
        ObjectNode node = JourneyJson.JSON.createObjectNode();
        if (condition instanceof SimpleCondition.InSegment segment) {
            node.putObject("SegmentCondition").put("SegmentId", assets.segmentReference(segment.segmentId()));
        } else if (condition instanceof SimpleCondition.MessageEvent event) {
            ObjectNode eventCondition = node.putObject("EventCondition");
            eventCondition.set("Dimensions", tree(event.dimensions().json()));
            text(eventCondition, "MessageActivity", event.messageActivity());
        } else if (condition instanceof SimpleCondition.Attributes attributes) {
            node.set("SegmentDimensions", tree(attributes.segmentDimensionsJson()));
        }
        return node;
    }

    private static void evaluationWait(ObjectNode body, WaitTime wait) {
        if (wait != null) {
            body.set("EvaluationWaitTime", waitTime(wait));
        }
    }

    private static ObjectNode waitTime(WaitTime wait) {
        ObjectNode node = JourneyJson.JSON.createObjectNode();
        if (wait.waitFor() != null) {
            node.put("WaitFor", IsoDurations.format(wait.waitFor()));
        } else {
            node.put("WaitUntil", wait.waitUntil().toString());
        }
        return node;
    }

    static ObjectNode layout(JourneyLayout layout) {
        ObjectNode node = JourneyJson.JSON.createObjectNode();
        if (layout.entry() != null) {
            node.set("Entry", position(layout.entry()));
        }
        ObjectNode activities = node.putObject("Activities");
        new TreeMap<>(layout.activities()).forEach((key, position) -> activities.set(key, position(position)));
        return node;
    }

    private static ObjectNode position(Position position) {
        ObjectNode node = JourneyJson.JSON.createObjectNode();
        node.put("X", position.x());
        node.put("Y", position.y());
        return node;
    }

    private static JsonNode tree(String json) {
        try {
            return JourneyJson.JSON.readTree(json);
        } catch (JsonProcessingException stored) {
            throw new IllegalStateException("A journey field kept as JSON is not JSON", stored);
        }
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void number(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
