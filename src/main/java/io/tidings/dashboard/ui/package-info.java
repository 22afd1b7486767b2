/**
 * The Dashboard section: {@code OverviewView} and {@code OverviewViewModel}, head counts of the open workspace's
 * audience and templates and its file, read off the FX thread and again each time the user comes back to it.
 */
package io.tidings.dashboard.ui;
