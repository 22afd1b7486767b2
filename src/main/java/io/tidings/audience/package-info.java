/**
 * The audience: endpoints in Amazon Pinpoint's shape ({@code Endpoint}, {@code EndpointRules} with Pinpoint's limits
 * and E.164 phone numbers), {@code AudienceService} (browse, search, edit, erase a user), the import
 * ({@code AudienceImport}) and the export ({@code AudienceExport}).
 *
 * <p>Ports: erasing a user calls each {@code UserRecords} the root gave the service, in the same transaction (the
 * sandbox's captures, then the sending ledger and events); a right-of-access request writes a user's messages and
 * events through {@code UserActivity}. Sending changes endpoint rows (a rejected push token, an SMS STOP or START)
 * through {@code EndpointFeedback}, which this package implements ({@code EndpointFeedbackRepository}) with the
 * caller's connection. An import refreshes its imported segment through the segment feature's
 * {@code ImportedSegments}.
 *
 * <p>See docs/audience-import.md; the endpoint table is in docs/storage.md.
 */
package io.tidings.audience;
