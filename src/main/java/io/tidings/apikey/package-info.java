/**
 * Who may send events to the workspace: its Pinpoint-style application id, the API keys that sign PutEvents
 * requests (created, listed and revoked by {@link io.tidings.apikey.ApiKeyService}), and the secret that signs the
 * generic delivery-receipt webhook.
 *
 * <p>Checking an AWS Signature Version 4 needs a key's secret itself, not a hash of it, so secrets are kept sealed
 * with AES-GCM under a key that lives outside the workspace file, in the app's data folder
 * ({@link io.tidings.apikey.SealingKey}). A workspace copied to another computer keeps its keys listed, but their
 * secrets cannot be opened there: the keys must be created again.
 */
package io.tidings.apikey;
