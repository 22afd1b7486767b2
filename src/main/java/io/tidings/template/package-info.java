/**
 * Message templates. {@code TemplateService} creates, versions, restores, renames, duplicates and deletes them and
 * imports and exports Pinpoint's template JSON ({@code PinpointTemplateJson}); {@code TemplateContent} is one
 * version's Pinpoint request JSON, addressed by field path ({@code TemplateFields} lists each type's parts);
 * {@code TemplateRenderer} renders with Handlebars.java and {@code PinpointHelpers}, {@code ConditionHelpers},
 * {@code MathHelpers}; {@code MessageVariables} turns an endpoint and the defaults into Pinpoint's variables;
 * {@code TemplatePreviewer}, {@code TemplateLint}, {@code EmailPreviewHtml}, {@code HtmlToText} (jsoup) and
 * {@code VoiceScript} (SSML check, spoken duration) serve the editor. SMS parts and encoding are the SMS channel's
 * {@code io.tidings.channel.sms.SmsEncoding}; the previews' screens are the shared {@code io.tidings.ui.preview}.
 *
 * <ul>
 *   <li>Content is Pinpoint's request JSON, one row of {@code template_version} per save: every save adds a version
 *       and makes it active, a restore saves an old version's content again as the newest, and {@code activate}
 *       makes an existing version the active one without adding a version. Fields Tidings does not know are kept,
 *       so a template exported from Pinpoint exports again unchanged. Tidings' additions to Pinpoint's shape (SMS
 *       and email {@code MessageType}, SMS {@code OriginationIdentity}, push {@code Default.ImageUrl} and
 *       {@code Default.SilentPush}) are written beside Pinpoint's fields.</li>
 *   <li>Rendering: Handlebars.java with Pinpoint's helpers; compiled parts are cached. Values are HTML-escaped in an
 *       email's HTML part and in SSML, and written as they are elsewhere. A list attribute prints its values joined
 *       with ", "; {@code .[0]} picks one; {@code each} stops at Pinpoint's 15 items. {@code RecommendationItems}
 *       and {@code Recommendations.X} come from endpoint attributes of those names until there is a recommender
 *       model.</li>
 *   <li>The editor reaches endpoints only through the {@code PreviewEndpoints} port;
 *       {@code io.tidings.wiring.AudiencePreviewEndpoints} implements it over {@code AudienceService} (search, whole
 *       endpoints, the workspace's custom field paths for the lint).</li>
 *   <li>"Send test" writes to the sandbox outbox ({@code io.tidings.channel.sandbox.SandboxOutbox}) without a ledger
 *       id; {@code SandboxMessagePreview} turns a captured message into a {@code TemplatePreview} for the Outbox.</li>
 * </ul>
 */
package io.tidings.template;
