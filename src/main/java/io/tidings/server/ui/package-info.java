/** Settings' Tracking server page: {@link io.tidings.server.ui.TrackingServerView} and its view model. */
package io.tidings.server.ui;
