using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Webhooks;

/// <summary>Which family of events a callback belongs to, which decides the typed payload.</summary>
public enum ApsWebhookEventFamily
{
    /// <summary>An event the SDK does not type: read <see cref="ApsWebhookEvent.Payload"/> or <see cref="ApsWebhookEvent.RawJson"/>.</summary>
    Other,

    /// <summary>A Data Management version or lineage event (<c>dm.version.*</c>, <c>dm.lineage.*</c>): <see cref="ApsWebhookEvent.VersionPayload"/>.</summary>
    Version,

    /// <summary>A Data Management folder event (<c>dm.folder.*</c>): <see cref="ApsWebhookEvent.FolderPayload"/>.</summary>
    Folder,

    /// <summary>A Model Derivative event (<c>extraction.*</c>): <see cref="ApsWebhookEvent.DerivativePayload"/>.</summary>
    Derivative,
}

/// <summary>
/// A webhook callback as APS posts it: <c>version</c>, <c>resourceUrn</c>, the <c>hook</c> that fired and the event's
/// <c>payload</c>, typed per event family, with the body kept as received in <see cref="RawJson"/>.
/// </summary>
/// <remarks>
/// Verify the signature first (<see cref="ApsWebhookSignature.Verify"/>) over the same bytes, then parse them with
/// <see cref="Parse(ReadOnlySpan{byte})"/>. The typed payloads follow the callback examples of the APS reference
/// (<see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/callback/"/>); anything else is kept in each
/// payload's <c>AdditionalData</c>.
/// </remarks>
public sealed class ApsWebhookEvent
{
    /// <summary>Gets the callback format version (<c>1.0</c>).</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Gets the URN of the resource the event is about (a version URN, folder URN, or a derivative's source URN).</summary>
    [JsonPropertyName("resourceUrn")]
    public string? ResourceUrn { get; init; }

    /// <summary>Gets the webhook that fired; <see langword="null"/> when it was created with <c>callbackWithEventPayloadOnly</c>.</summary>
    [JsonPropertyName("hook")]
    public Webhook? Hook { get; init; }

    /// <summary>Gets the event's payload as sent.</summary>
    [JsonPropertyName("payload")]
    public JsonElement Payload { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets the body exactly as received (UTF-8 decoded).</summary>
    [JsonIgnore]
    public string RawJson { get; private set; } = string.Empty;

    /// <summary>Gets the event name (from the hook).</summary>
    [JsonIgnore]
    public WebhookEventName EventName => Hook?.Event ?? default;

    /// <summary>Gets the family of the event, which says which typed payload is set.</summary>
    [JsonIgnore]
    public ApsWebhookEventFamily Family { get; private set; }

    /// <summary>Gets the payload of a version or lineage event; otherwise <see langword="null"/>.</summary>
    [JsonIgnore]
    public WebhookVersionPayload? VersionPayload { get; private set; }

    /// <summary>Gets the payload of a folder event; otherwise <see langword="null"/>.</summary>
    [JsonIgnore]
    public WebhookFolderPayload? FolderPayload { get; private set; }

    /// <summary>Gets the payload of a Model Derivative event; otherwise <see langword="null"/>.</summary>
    [JsonIgnore]
    public WebhookDerivativePayload? DerivativePayload { get; private set; }

    /// <summary>Parses a callback body (source-generated JSON, Native AOT safe).</summary>
    /// <param name="body">The raw body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="FormatException">The body is not a JSON object.</exception>
    public static ApsWebhookEvent Parse(ReadOnlySpan<byte> body)
    {
        ApsWebhookEvent? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(body, WebhooksJsonContext.Default.ApsWebhookEvent);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The webhook callback body is not valid JSON: {ex.Message}", ex);
        }

        if (parsed is null)
        {
            throw new FormatException("The webhook callback body is JSON null, not an event.");
        }

        parsed.RawJson = Encoding.UTF8.GetString(body);
        parsed.Family = FamilyOf(parsed.EventName);
        if (parsed.Payload.ValueKind == JsonValueKind.Object)
        {
            try
            {
                switch (parsed.Family)
                {
                    case ApsWebhookEventFamily.Version:
                        parsed.VersionPayload = parsed.Payload.Deserialize(WebhooksJsonContext.Default.WebhookVersionPayload);
                        break;
                    case ApsWebhookEventFamily.Folder:
                        parsed.FolderPayload = parsed.Payload.Deserialize(WebhooksJsonContext.Default.WebhookFolderPayload);
                        break;
                    case ApsWebhookEventFamily.Derivative:
                        parsed.DerivativePayload = parsed.Payload.Deserialize(WebhooksJsonContext.Default.WebhookDerivativePayload);
                        break;
                }
            }
            catch (JsonException ex)
            {
                throw new FormatException($"The payload of the '{parsed.EventName}' callback does not have the documented shape: {ex.Message}", ex);
            }
        }

        return parsed;
    }

    /// <summary>Parses a callback body.</summary>
    /// <param name="body">The raw body as text.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="FormatException">The body is not a JSON object.</exception>
    public static ApsWebhookEvent Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Parse(Encoding.UTF8.GetBytes(body));
    }

    internal static ApsWebhookEventFamily FamilyOf(WebhookEventName name)
    {
        var value = name.Value;
        return value.StartsWith("dm.version.", StringComparison.OrdinalIgnoreCase) || value.StartsWith("dm.lineage.", StringComparison.OrdinalIgnoreCase)
            ? ApsWebhookEventFamily.Version
            : value.StartsWith("dm.folder.", StringComparison.OrdinalIgnoreCase)
                ? ApsWebhookEventFamily.Folder
                : value.StartsWith("extraction.", StringComparison.OrdinalIgnoreCase)
                    ? ApsWebhookEventFamily.Derivative
                    : ApsWebhookEventFamily.Other;
    }

    /// <inheritdoc />
    public override string ToString() => $"ApsWebhookEvent({EventName}, {ResourceUrn})";
}

/// <summary>An entry of a payload's <c>ancestors</c>: a folder above the resource.</summary>
public sealed class WebhookAncestor
{
    /// <summary>Gets the folder name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the folder URN.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The <c>user_info</c> of a Data Management payload: who caused the event.</summary>
public sealed class WebhookUserInfo
{
    /// <summary>Gets the user id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The payload of a Data Management version or lineage event (<c>dm.version.*</c>, <c>dm.lineage.*</c>).</summary>
public sealed class WebhookVersionPayload
{
    /// <summary>Gets the file name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the file extension (for example <c>rvt</c>).</summary>
    [JsonPropertyName("ext")]
    public string? Extension { get; init; }

    /// <summary>Gets the version URN (<c>urn:adsk.wipprod:fs.file:vf...?version=N</c>).</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    /// <summary>Gets the lineage (item) URN.</summary>
    [JsonPropertyName("lineageUrn")]
    public string? LineageUrn { get; init; }

    /// <summary>Gets the version number.</summary>
    [JsonPropertyName("version")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? VersionNumber { get; init; }

    /// <summary>Gets the size in bytes.</summary>
    [JsonPropertyName("sizeInBytes")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SizeInBytes { get; init; }

    /// <summary>Gets the URN of the folder that holds the file.</summary>
    [JsonPropertyName("parentFolderUrn")]
    public string? ParentFolderUrn { get; init; }

    /// <summary>Gets the folders above the file, top first.</summary>
    [JsonPropertyName("ancestors")]
    public IReadOnlyList<WebhookAncestor> Ancestors { get; init => field = value ?? []; } = [];

    /// <summary>Gets the project id.</summary>
    [JsonPropertyName("project")]
    public string? Project { get; init; }

    /// <summary>Gets the tenant (the hub id without <c>b.</c> for BIM 360 and ACC).</summary>
    [JsonPropertyName("tenant")]
    public string? Tenant { get; init; }

    /// <summary>Gets the user who created the version.</summary>
    [JsonPropertyName("creator")]
    public string? Creator { get; init; }

    /// <summary>Gets the user who last modified it.</summary>
    [JsonPropertyName("modifiedBy")]
    public string? ModifiedBy { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdTime")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedTime { get; init; }

    /// <summary>Gets when it was last modified.</summary>
    [JsonPropertyName("modifiedTime")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? ModifiedTime { get; init; }

    /// <summary>Gets the state (for example <c>CONTENT_AVAILABLE</c>).</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>Gets a value indicating whether the file is hidden.</summary>
    [JsonPropertyName("hidden")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Hidden { get; init; }

    /// <summary>Gets who caused the event.</summary>
    [JsonPropertyName("user_info")]
    public WebhookUserInfo? UserInfo { get; init; }

    /// <summary>Gets the event context (lineage reservation, operation), as sent.</summary>
    [JsonPropertyName("context")]
    public JsonElement? Context { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model (for example <c>custom-metadata</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The payload of a Data Management folder event (<c>dm.folder.*</c>).</summary>
public sealed class WebhookFolderPayload
{
    /// <summary>Gets the folder name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the folder URN.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    /// <summary>Gets the URN of the parent folder.</summary>
    [JsonPropertyName("parentFolderUrn")]
    public string? ParentFolderUrn { get; init; }

    /// <summary>Gets the folders above this one, top first.</summary>
    [JsonPropertyName("ancestors")]
    public IReadOnlyList<WebhookAncestor> Ancestors { get; init => field = value ?? []; } = [];

    /// <summary>Gets the project id.</summary>
    [JsonPropertyName("project")]
    public string? Project { get; init; }

    /// <summary>Gets the tenant.</summary>
    [JsonPropertyName("tenant")]
    public string? Tenant { get; init; }

    /// <summary>Gets the user who created the folder.</summary>
    [JsonPropertyName("creator")]
    public string? Creator { get; init; }

    /// <summary>Gets the user who last modified it.</summary>
    [JsonPropertyName("modifiedBy")]
    public string? ModifiedBy { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdTime")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedTime { get; init; }

    /// <summary>Gets when it was last modified.</summary>
    [JsonPropertyName("modifiedTime")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? ModifiedTime { get; init; }

    /// <summary>Gets the state.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>Gets a value indicating whether the folder is hidden.</summary>
    [JsonPropertyName("hidden")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Hidden { get; init; }

    /// <summary>Gets who caused the event.</summary>
    [JsonPropertyName("user_info")]
    public WebhookUserInfo? UserInfo { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The payload of a Model Derivative event (<c>extraction.finished</c>, <c>extraction.updated</c>).</summary>
public sealed class WebhookDerivativePayload
{
    /// <summary>Gets the URL-safe Base64 URN of the source design.</summary>
    [JsonPropertyName("URN")]
    public string? Urn { get; init; }

    /// <summary>Gets the event type (for example <c>EXTRACTION_FINISHED</c>).</summary>
    [JsonPropertyName("EventType")]
    public string? EventType { get; init; }

    /// <summary>Gets the workflow id the job was submitted with (<c>misc.workflow</c>).</summary>
    [JsonPropertyName("WorkflowId")]
    public string? WorkflowId { get; init; }

    /// <summary>Gets the job status (for example <c>success</c>, <c>failed</c>, <c>inprogress</c>).</summary>
    [JsonPropertyName("Status")]
    public string? Status { get; init; }

    /// <summary>Gets the progress (for example <c>complete</c> or a percentage).</summary>
    [JsonPropertyName("Progress")]
    public string? Progress { get; init; }

    /// <summary>Gets the activity (for example <c>Translate</c>).</summary>
    [JsonPropertyName("ActivityName")]
    public string? ActivityName { get; init; }

    /// <summary>Gets when the job was created.</summary>
    [JsonPropertyName("creationTime")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
