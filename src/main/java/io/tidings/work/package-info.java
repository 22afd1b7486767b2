/**
 * Plain-Java pieces long-running work shares with whoever waits for it: {@code Progress} and
 * {@code WorkCancelledException} (report progress and notice a cancel, whether to the status bar, a command-line
 * progress line or nothing), {@code WholeFile} (a file written whole or not at all: {@code NAME.partial}, then moved
 * over the target, so a cancelled export or a failed save leaves what was there) and {@code FileErrors} (why a chosen
 * file cannot be read or written, in plain words).
 */
package io.tidings.work;
