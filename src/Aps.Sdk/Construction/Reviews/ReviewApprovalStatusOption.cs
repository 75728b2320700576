using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>An approval status a workflow offers (a label over a built-in value).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-workflowId-GET/">APS reference</see>.</remarks>
public sealed class ReviewApprovalStatusOption
{
    /// <summary>Gets the option id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the label shown to users (for example <c>Approved w/ comments</c>).</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>Gets the underlying value: <c>APPROVED</c> or <c>REJECTED</c>.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Gets a value indicating whether the option is built in.</summary>
    [JsonPropertyName("builtIn")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? BuiltIn { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
