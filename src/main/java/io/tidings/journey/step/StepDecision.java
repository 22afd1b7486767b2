package io.tidings.journey.step;

import io.tidings.journey.Port;
import java.time.Instant;

/**
 * What happens to a participant at an activity now, with the reason in words ({@link #because()}): go on through a
 * port, wait until a moment, send the activity's message and go on, or leave the journey. {@code next} is the key of
 * the activity the port leads to; when it is null the participant leaves there (an open end), after the send for a
 * {@link Send}.
 */
public sealed interface StepDecision {

    /** Why, in the marketer's words: "the condition held: opened welcome's email". */
    String because();

    /** Go on through {@code port} now. Never with a null {@code next}: an open end is a {@link Leave}. */
    record GoOn(Port port, String next, String because) implements StepDecision {
    }

    /** Stay at the activity and ask again at {@code until}. */
    record Wait(Instant until, WaitReason reason, String because) implements StepDecision {
    }

    /** Send the activity's message now, then go on through {@code port} (leave when {@code next} is null). */
    record Send(Port port, String next, String because) implements StepDecision {
        public boolean leavesAfter() {
            return next == null;
        }
    }

    /** Leave the journey here. {@code port} is the open port it left through, or null when it did not take one. */
    record Leave(LeaveReason reason, Port port, String because) implements StepDecision {
    }

    /** Why a participant waits. */
    enum WaitReason {
        /** A Wait activity's duration or date. */
        WAIT("wait"),
        /** A split's {@code EvaluationWaitTime} before it tests its conditions. */
        EVALUATION("evaluation wait"),
        /** The journey's quiet time holds the message until it ends where the participant is. */
        QUIET_TIME("quiet time"),
        /** The daily cap was reached; the message goes out the next day. */
        DAILY_CAP("daily cap"),
        /** The wait would pass the journey's end time; the participant leaves then. */
        JOURNEY_END("journey end");

        private final String words;

        WaitReason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Why a participant leaves. */
    enum LeaveReason {
        /** A port that leads nowhere: the end of its path. */
        OPEN_END("end of the path"),
        HOLDOUT("holdout"),
        TOTAL_CAP("total cap"),
        TIMEFRAME_CAP("timeframe cap"),
        OPTED_OUT("opted out"),
        JOURNEY_ENDED("journey ended"),
        /** The activity is not in the journey (any more). */
        NO_SUCH_ACTIVITY("missing activity");

        private final String words;

        LeaveReason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
