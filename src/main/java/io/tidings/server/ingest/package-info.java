/**
 * What the tracking server takes in: Pinpoint's PutEvents ({@code POST /v1/apps/{application-id}/events},
 * authenticated with an API key as a Bearer token or an AWS Signature Version 4 checked with the AWS SDK's own
 * signer), and providers' delivery receipts and inbound messages (Twilio's callbacks, and a generic JSON webhook
 * signed with HMAC-SHA256). Each is a Jetty {@code Handler} the composition root hands the server as a
 * {@link io.tidings.server.ServerRoute}. Every refusal is JSON {@code {"Message": "..."}} in words, naming the field
 * or JSON path; see docs/ingestion.md.
 */
package io.tidings.server.ingest;
