/**
 * The sample workspace of a first launch ({@code workspace create --sample} too): {@code SampleWorkspace} fills a new
 * workspace with a deterministic audience (about 3,000 endpoints for 1,600 people), three templates and two segments,
 * so that every screen shows real content.
 */
package io.tidings.sample;
