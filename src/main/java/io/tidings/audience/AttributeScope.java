package io.tidings.audience;

/** Where a custom name lives on an endpoint: Attributes, User.UserAttributes or Metrics. */
enum AttributeScope {
    ATTRIBUTE,
    USER_ATTRIBUTE,
    METRIC
}
