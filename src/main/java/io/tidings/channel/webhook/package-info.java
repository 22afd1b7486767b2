/**
 * Custom messages (Pinpoint's {@code CUSTOM} channel): {@code WebhookSender} posts each message's JSON body to the
 * address its journey activity names, signed with the workspace's webhook secret ({@code X-Tidings-Signature}), and
 * turns the answer into the engine's outcomes (2xx delivered, 4xx refused for good, 429, 5xx and timeouts tried again).
 * What the body holds is the sending engine's business (Pinpoint's custom-channel payload). See docs/channels.md,
 * "Custom messages (webhooks)".
 */
package io.tidings.channel.webhook;
