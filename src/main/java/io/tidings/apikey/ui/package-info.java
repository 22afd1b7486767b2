/**
 * The API keys page of Settings ({@link io.tidings.apikey.ui.ApiKeysView} over
 * {@link io.tidings.apikey.ui.ApiKeysViewModel}): the application id and PutEvents URL a developer copies into an
 * app, the keys (create, shown once in {@link io.tidings.apikey.ui.NewApiKeyDialog}; revoke with a confirmation),
 * and the addresses and secret of the delivery-receipt webhooks.
 */
package io.tidings.apikey.ui;
