/**
 * Voice calls through a Twilio-compatible Calls API: {@code TwilioVoiceSender}, {@code TwilioVoiceSettings}, and
 * {@code TwimlScript}, which turns a voice script (SSML or text) into one TwiML {@code <Say>}. See docs/channels.md,
 * "HTTP channels".
 */
package io.tidings.channel.voice;
