/**
 * How a message looks to its recipient, shared by every screen that shows one: the template editor and the
 * Outbox's sandbox messages today, the campaign and journey editors when they are built. An email in a browser
 * frame (remote images off until asked), an SMS bubble with its parts and encoding, push notification cards, and a
 * voice script with its speaking time. Each takes a rendered {@code TemplatePreview}.
 */
package io.tidings.ui.preview;
