using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Webhooks;

/// <summary>The source-generated JSON metadata of the Webhooks models (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Webhook))]
[JsonSerializable(typeof(WebhookScope))]
[JsonSerializable(typeof(WebhooksPage))]
[JsonSerializable(typeof(WebhooksLinks))]
[JsonSerializable(typeof(WebhooksCreated))]
[JsonSerializable(typeof(WebhookTokenResult))]
[JsonSerializable(typeof(WebhookTokenPayload))]
[JsonSerializable(typeof(ApsWebhookEvent))]
[JsonSerializable(typeof(WebhookVersionPayload))]
[JsonSerializable(typeof(WebhookFolderPayload))]
[JsonSerializable(typeof(WebhookDerivativePayload))]
[JsonSerializable(typeof(WebhookAncestor))]
[JsonSerializable(typeof(WebhookUserInfo))]
internal sealed partial class WebhooksJsonContext : JsonSerializerContext
{
}
