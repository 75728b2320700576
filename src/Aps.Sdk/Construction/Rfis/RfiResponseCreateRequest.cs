using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>The body of <see cref="RfisClient.CreateRfiResponseAsync"/>. A mention-only endpoint: the fields follow the response objects of the RFI example (seed 001) and the public reference page.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfis-id-responses-POST/">APS reference</see>.</remarks>
public sealed class RfiResponseCreateRequest
{
    /// <summary>Gets or initializes the response text (required).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Gets or initializes the status the response gives the RFI (for example <c>answered</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets or initializes the state: <c>draft</c> to keep it as a draft, <c>submitted</c> to submit it.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>Gets or initializes the Autodesk id of the user the response is written for.</summary>
    [JsonPropertyName("onBehalf")]
    public string? OnBehalf { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
