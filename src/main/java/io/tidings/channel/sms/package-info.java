/**
 * SMS: {@code HttpSmsSender} for HTTP providers in a {@code SmsProviderStyle} (a JSON webhook,
 * {@code JsonWebhookProtocol}, or a Twilio-compatible API, {@code TwilioFormProtocol}); {@code SmsEncoding}, how a
 * text travels (GSM-7 or UCS-2, its parts), which the SMPP adapter sends and the previews count alike; and the
 * {@code SmsFeedback} port ({@code SmsReceipt}, {@code InboundSms}, {@code InboundKeyword}) through which an adapter
 * hands part ids, receipts and inbound messages to the workspace ({@code io.tidings.delivery.ProviderFeedback}).
 * SMPP is in {@code sms.smpp}. See docs/channels.md.
 */
package io.tidings.channel.sms;
