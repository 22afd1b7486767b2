package io.tidings.tracking;

import io.tidings.analytics.Attribution;
import io.tidings.analytics.Event;
import io.tidings.analytics.EventRecorder;
import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a recipient does with a message, recorded as Pinpoint's events with the message's campaign, run and
 * treatment, or its journey and activity: an open ({@code _email.open}), a click ({@code _email.click} with its link) and an unsubscribe, which
 * also opts the address out at once ({@code _email.unsubscribe}). Only links whose signature was verified get here.
 */
public final class Engagement {

    private static final Logger LOG = LoggerFactory.getLogger(Engagement.class);
    static final String OPEN = "_email.open";
    static final String CLICK = "_email.click";
    static final String UNSUBSCRIBE = "_email.unsubscribe";
    /** Pinpoint's longest attribute value; a longer link is recorded cut short. */
    private static final int LONGEST_ATTRIBUTE = 200;

    /** What an unsubscribe did. */
    public enum Unsubscribed {
        /** The address is opted out now. */
        OPTED_OUT,
        /** It was opted out already; nothing changed. */
        ALREADY_OUT,
        /** The message or its address is no longer in the workspace (the user was erased). */
        NOT_IN_AUDIENCE
    }

    private final SentMessages messages;
    private final EventRecorder events;
    private final AudienceService audience;
    private final Clock clock;

    public Engagement(SentMessages messages, EventRecorder events, AudienceService audience, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.audience = audience;
        this.clock = clock;
    }

    /** Records an open of the message; false when it is no longer in the workspace. */
    public boolean opened(long messageId) {
        return record(messageId, OPEN, Map.of());
    }

    /** Records a click on the message's link to {@code target}; false when it is no longer in the workspace. */
    public boolean clicked(long messageId, String target) {
        String link = target.length() > LONGEST_ATTRIBUTE ? target.substring(0, LONGEST_ATTRIBUTE) : target;
        return record(messageId, CLICK, Map.of("link", link));
    }

    /** Opts the message's address out of email and records the unsubscribe, the first time only. */
    public Unsubscribed unsubscribed(long messageId) {
        Optional<SentMessage> message = messages.find(messageId);
        if (message.isEmpty() || message.get().address() == null) {
            return Unsubscribed.NOT_IN_AUDIENCE;
        }
        List<String> optedOut = audience.optOutAddress(ChannelType.EMAIL, message.get().address(), clock.instant());
        if (optedOut.isEmpty()) {
            return audience.endpoint(message.get().endpointId() == null ? "" : message.get().endpointId()).isPresent()
                    ? Unsubscribed.ALREADY_OUT : Unsubscribed.NOT_IN_AUDIENCE;
        }
        recordQuietly(message.get(), UNSUBSCRIBE, Map.of());
        return Unsubscribed.OPTED_OUT;
    }

    private boolean record(long messageId, String type, Map<String, String> attributes) {
        Optional<SentMessage> message = messages.find(messageId);
        message.ifPresent(sent -> recordQuietly(sent, type, attributes));
        return message.isPresent();
    }

    /**
     * Records the event; a failure is logged and goes no further, so that the person still gets their page, their
     * redirect, their opt-out: what they asked for matters more than the count.
     */
    private void recordQuietly(SentMessage message, String type, Map<String, String> attributes) {
        try {
            events.recordOfMessage(event(message, type, attributes), message.messageId());
        } catch (RuntimeException e) {
            LOG.error("The {} of message {} could not be recorded", type, message.messageId(), e);
        }
    }

    private Event event(SentMessage message, String type, Map<String, String> attributes) {
        return new Event(type, clock.instant(), message.endpointId(), message.userId(), null, attributes, Map.of(),
                new Attribution(message.campaignId(), message.campaignRunId(), message.treatmentId(),
                        message.journeyId(), message.journeyActivityId(), message.channel(),
                        Long.toString(message.messageId())));
    }
}
