package io.tidings.audience.ui;

/** How the audience screen lists the audience: a row per person (user id), or a row per endpoint. */
public enum AudienceListing {
    PEOPLE, ENDPOINTS
}
