package io.tidings.audience;

/**
 * What erasing a user deleted.
 *
 * @param endpoints the user's endpoints, with their attributes, metrics and segment memberships
 * @param records messages, events and sandbox captures kept about those endpoints elsewhere
 */
public record UserErasure(int endpoints, int records) {
}
