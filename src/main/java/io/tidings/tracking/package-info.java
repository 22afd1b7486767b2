/**
 * Open and click tracking and the unsubscribe link, in plain Java: the workspace's signing key
 * ({@link io.tidings.tracking.TrackingSecret}), the signed link paths ({@link io.tidings.tracking.TrackingLinks}),
 * what the sending engine adds to each email ({@link io.tidings.tracking.EmailTracking}) and what the tracking server
 * records when a link is followed ({@link io.tidings.tracking.Engagement}). The engine reaches it through its
 * {@code MessageTracking} port and the server through its handlers; it knows neither. See docs/server.md.
 */
package io.tidings.tracking;
