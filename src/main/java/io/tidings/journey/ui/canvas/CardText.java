package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.ActivityConfig;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.ContactCenter;
import io.tidings.journey.Holdout;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.MultiConditionSplit;
import io.tidings.journey.Port;
import io.tidings.journey.RandomSplit;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.WaitActivity;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a card says, in the marketer's words: its title, one line of what it does, and its ports' labels. */
final class CardText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final CanvasNames names;

    CardText(CanvasNames names) {
        this.names = names;
    }

    /** The activity's description when it has one, else its key (the name problems use). */
    static String title(String key, Activity activity) {
        return activity.description() == null || activity.description().isBlank() ? key : activity.description();
    }

    /** "Email · Welcome", "Waits 3 days", "Opened Email1", "50% · 50%". */
    String subtitle(Activity activity) {
        ActivityConfig config = activity.config();
        if (config instanceof MessageActivity.Custom custom) {
            return "Webhook · " + (custom.deliveryUri() == null ? "no address yet" : host(custom.deliveryUri()));
        }
        if (config instanceof MessageActivity message) {
            return channel(message) + " · " + (message.template() == null ? "no template yet"
                    : names.template(message.template().templateId()));
        }
        if (config instanceof WaitActivity wait) {
            if (wait.waitTime() == null) {
                return "How long? Not set yet";
            }
            return wait.waitTime().waitFor() != null ? "Waits " + wait.waitTime().describe()
                    : "Waits until " + DAY.format(wait.waitTime().waitUntil());
        }
        if (config instanceof ConditionalSplit split) {
            if (split.condition() == null || split.condition().conditions().isEmpty()) {
                return "No condition yet";
            }
            List<SimpleCondition> conditions = split.condition().conditions();
            String first = condition(conditions.get(0));
            return conditions.size() == 1 ? first : first + " +" + (conditions.size() - 1) + " more";
        }
        if (config instanceof MultiConditionSplit split) {
            return split.branches().size() + " branches · first match wins";
        }
        if (config instanceof RandomSplit split) {
            return split.percentages().stream().map(share -> share + "%").collect(Collectors.joining(" · "));
        }
        if (config instanceof Holdout holdout) {
            return holdout.percentage() + "% leave here";
        }
        if (config instanceof ContactCenter) {
            return "Not run by Tidings";
        }
        return config.kindName();
    }

    /** "Segment · North America", "On event · purchase". */
    String entry(JourneyEntry entry) {
        if (entry instanceof JourneyEntry.FromSegment segment) {
            return "Segment · " + names.segment(segment.segmentId());
        }
        if (entry instanceof JourneyEntry.OnEvent event) {
            List<String> types = event.dimensions() == null ? List.of() : event.dimensions().eventTypes();
            return "On event · " + (types.isEmpty() ? "no event yet" : String.join(", ", types));
        }
        return "Who enters? Not set yet";
    }

    /** "Yes", "Branch 2", "Path 3 · 25%". */
    static String port(Activity activity, Port port) {
        if (activity.config() instanceof RandomSplit split && port.index() >= 0
                && port.index() < split.percentages().size()) {
            return port.label() + " · " + split.percentages().get(port.index()) + "%";
        }
        return port.label();
    }

    private String condition(SimpleCondition condition) {
        if (condition instanceof SimpleCondition.InSegment segment) {
            return "In " + names.segment(segment.segmentId());
        }
        if (condition instanceof SimpleCondition.MessageEvent event) {
            List<String> types = event.dimensions() == null ? List.of() : event.dimensions().eventTypes();
            String type = types.isEmpty() ? "" : types.get(0);
            String verb = switch (type) {
                case "_email.open" -> "Opened";
                case "_email.click" -> "Clicked in";
                case "_email.delivered", "_SMS.SUCCESS" -> "Received";
                default -> type.isEmpty() ? "An event of" : type + " on";
            };
            return verb + " " + event.messageActivity();
        }
        return "Attributes match";
    }

    private static String channel(MessageActivity message) {
        return switch (message.pinpointName()) {
            case "EMAIL" -> "Email";
            case "SMS" -> "SMS";
            case "PUSH" -> "Push";
            case "VOICE" -> "Voice";
            default -> message.kindName();
        };
    }

    private static String host(String address) {
        try {
            String host = URI.create(address).getHost();
            return host == null ? address : host;
        } catch (IllegalArgumentException notAnAddress) {
            return address;
        }
    }

    /** The icon of the activity's family. */
    static String icon(ActivityConfig config) {
        for (ActivityKind kind : ActivityKind.values()) {
            if (kind.newConfig().getClass() == config.getClass()) {
                return kind.icon();
            }
        }
        return "fth-headphones";
    }

    /** The card's style class of its family: message, wait, split, holdout, contact-center. */
    static String family(ActivityConfig config) {
        if (config instanceof MessageActivity) {
            return "message-card";
        }
        if (config instanceof WaitActivity) {
            return "wait-card";
        }
        if (config instanceof Holdout) {
            return "holdout-card";
        }
        if (config instanceof ContactCenter) {
            return "contact-center-card";
        }
        return "split-card";
    }
}
