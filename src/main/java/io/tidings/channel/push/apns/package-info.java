/**
 * Push to Apple devices with Pushy: {@code ApnsSender} (one HTTP/2 connection, token-based authentication with the
 * account's .p8 key, {@code ApnsAuthKey}), {@code ApnsSettings} and {@code ApnsServer}, {@code ApnsNotifications}
 * (a message as an APNs request) and {@code ApnsAnswers} (APNs' answers as outcomes). See docs/channels.md, "Push over
 * APNs, and push routing".
 */
package io.tidings.channel.push.apns;
