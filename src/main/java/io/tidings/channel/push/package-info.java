/**
 * Push: {@code FcmSender} (FCM HTTP v1, signing in as a service account: {@code ServiceAccountTokenSource},
 * {@code ServiceAccountJwt}, {@code PemPrivateKey}), {@code PushRouter} (the engine's one push sender, routing each
 * message by its endpoint's channel type to APNs production, APNs development or FCM), {@code PushPlatform} and
 * {@code PushAttributes} (the {@code push.*} names both services read). APNs is in {@code push.apns}. See
 * docs/channels.md.
 */
package io.tidings.channel.push;
