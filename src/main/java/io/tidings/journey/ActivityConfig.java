package io.tidings.journey;

import java.util.List;

/**
 * What an activity does, one record per kind of Pinpoint's {@code Activity}: send a message, wait, split (yes/no,
 * several conditions, at random), hold out, or a contact-center call (kept as imported, not run). Which output ports it
 * has follows from it.
 */
public sealed interface ActivityConfig
        permits MessageActivity, WaitActivity, ConditionalSplit, MultiConditionSplit, RandomSplit, Holdout,
        ContactCenter {

    /** Its output ports, in the order the canvas shows them. */
    List<Port> ports();

    /** The member of Pinpoint's {@code Activity} that holds it: {@code EMAIL}, {@code Wait}, {@code RandomSplit}... */
    String pinpointName();

    /** What it is, in the marketer's words: "Send email", "Wait", "Yes/no split". */
    String kindName();
}
