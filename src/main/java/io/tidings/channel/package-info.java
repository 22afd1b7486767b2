/**
 * The port the sending engine sends through, and the adapters behind it. A {@code ChannelSender} sends one
 * {@code OutboundMessage} at a time on its {@code DeliveryChannel} (email, SMS, push, voice) and answers with a
 * {@code SendResult}; it never retries on its own. What a provider reports after accepting a message comes back
 * through ports declared here and implemented by the sending engine: {@code ProviderReports} ({@code ProviderReport},
 * {@code Feedback}) and {@code channel.sms.SmsFeedback}, so that channels do not depend on delivery.
 *
 * <p>Adapters: {@code email} (SMTP), {@code sms} (HTTP) and {@code sms.smpp}, {@code push} (FCM, the push router) and
 * {@code push.apns}, {@code voice} (Twilio), sharing {@code http}; {@code sandbox} where a channel has no account.
 * {@code accounts} says which provider each channel uses and opens the adapters. See docs/channels.md.
 */
package io.tidings.channel;
