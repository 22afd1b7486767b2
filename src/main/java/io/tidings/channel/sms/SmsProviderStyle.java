package io.tidings.channel.sms;

/** How an HTTP SMS provider wants to be spoken to. */
public enum SmsProviderStyle {
    /** {@code POST {base}/messages} with a JSON body and a Bearer API key: a generic webhook gateway. */
    JSON_WEBHOOK,
    /** Twilio's 2010-04-01 Messages API (form fields, Basic auth), as Twilio and compatible providers offer it. */
    TWILIO_FORM
}
