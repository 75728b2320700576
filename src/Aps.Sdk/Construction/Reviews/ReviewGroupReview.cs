using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>The group review settings of a step: how many reviewers must act.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-workflowId-GET/">APS reference</see>.</remarks>
public sealed class ReviewGroupReview
{
    /// <summary>Gets a value indicating whether several reviewers act on the step.</summary>
    [JsonPropertyName("enabled")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Enabled { get; init; }

    /// <summary>Gets the rule: <c>MINIMUM</c> or <c>ALL</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the minimum number of reviewers for <c>MINIMUM</c>.</summary>
    [JsonPropertyName("min")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Min { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
