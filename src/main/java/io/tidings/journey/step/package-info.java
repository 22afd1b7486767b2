/**
 * The pure decision for one participant at one activity, shared by the executor and the simulator so that both move
 * people the same way: {@code ActivityStep.decide} answers go on through a port, wait until a moment (and why), send
 * the activity's message and go on, or leave the journey (and why); {@code EntryRule.decide} answers whether a
 * participant may enter (again). Both read the participant only through {@code ParticipantFacts} and take the moment
 * as an argument: no clock, no database, no randomness (random splits and holdouts hash the journey, the activity and
 * the participant, so a participant takes the same path every time it is decided). See docs/journeys.md.
 */
package io.tidings.journey.step;
