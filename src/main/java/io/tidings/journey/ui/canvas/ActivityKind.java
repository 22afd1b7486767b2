package io.tidings.journey.ui.canvas;

import io.tidings.journey.ActivityConfig;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.Holdout;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.MultiConditionSplit;
import io.tidings.journey.RandomSplit;
import io.tidings.journey.WaitActivity;
import io.tidings.ui.Icons;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** What the palette offers: each kind of activity a marketer adds, its name, its icon and how a new one starts. */
public enum ActivityKind {
    EMAIL("Email", Icons.EMAIL, () -> new MessageActivity.Email(null, null)),
    SMS("SMS", Icons.SMS, () -> new MessageActivity.Sms(null, null, null, null, null, null)),
    PUSH("Push notification", Icons.PUSH, () -> new MessageActivity.Push(null, null)),
    VOICE("Voice message", Icons.VOICE, () -> new MessageActivity.Voice(null)),
    CUSTOM("Webhook", Icons.CUSTOM, () -> new MessageActivity.Custom(null, null, List.of(), null)),
    WAIT("Wait", "fth-clock", () -> new WaitActivity(null)),
    YES_NO_SPLIT("Yes/no split", "fth-git-branch", () -> new ConditionalSplit(null, null)),
    MULTIVARIATE_SPLIT("Multivariate split", "fth-share-2",
            () -> new MultiConditionSplit(Arrays.asList(null, null), null)),
    RANDOM_SPLIT("Random split", "fth-shuffle", () -> new RandomSplit(List.of(50, 50))),
    HOLDOUT("Holdout", "fth-user-x", () -> new Holdout(10));

    private final String label;
    private final String icon;
    private final Supplier<ActivityConfig> start;

    ActivityKind(String label, String icon, Supplier<ActivityConfig> start) {
        this.label = label;
        this.icon = icon;
        this.start = start;
    }

    public String label() {
        return label;
    }

    public String icon() {
        return icon;
    }

    /** A new activity's settings: no template or condition chosen yet, even paths for a random split. */
    public ActivityConfig newConfig() {
        return start.get();
    }

    /** "email", "yes-no-split": the palette item's id is {@code palette-<this>}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
