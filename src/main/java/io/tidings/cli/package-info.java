/**
 * The command line on the same jar as the app: {@link io.tidings.cli.TidingsCommand} (picocli) with the
 * {@code workspace}, {@code import}, {@code export}, {@code segment}, {@code template}, {@code send}, {@code outbox}
 * and {@code accounts} commands. Exit codes: 0 done, 1 understood but not carried out, 2 mistyped.
 *
 * <p>Every command that works on a workspace mixes in {@code WorkspaceOption} ({@code --workspace W}), the one way the
 * command line opens a workspace: through a {@code Wiring} for the command line, closed when the command ends.
 * {@code AccountOptions} lays a {@code --settings} file and the SMTP and From options over the workspace's channel
 * accounts for one run. {@code HeadlessSending} runs the sending engine to a job's end with a progress line on
 * stderr ({@code ProgressLine}, {@code JobCounts}) and pauses the jobs cleanly on Ctrl+C or SIGTERM;
 * {@code StopOnSignal} lets an import wind down and report what it kept. The command line uses no screen
 * (ArchitectureTest). See docs/sending-engine.md, "From the command line".
 */
package io.tidings.cli;
