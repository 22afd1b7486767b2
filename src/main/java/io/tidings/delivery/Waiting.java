package io.tidings.delivery;

import java.time.Duration;

/**
 * A job's message that its provider has not answered yet, the one waiting longest: for a progress line such as
 * "waiting for smtp.example.com (no answer for 30 s)".
 *
 * @param destination where it went, as {@link io.tidings.channel.ChannelSender#destination()} names it
 */
public record Waiting(String destination, Duration waited) {
}
