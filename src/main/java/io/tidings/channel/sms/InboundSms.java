package io.tidings.channel.sms;

/**
 * A message a phone sent to one of the account's numbers.
 *
 * @param from the sender, in E.164 when the provider gave an international number
 * @param to the account's number or short code the message was sent to
 * @param text the message as the phone wrote it
 */
public record InboundSms(String from, String to, String text) {
}
