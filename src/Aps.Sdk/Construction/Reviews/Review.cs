using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>A review: a set of file versions going through an approval workflow.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-GET/">APS reference</see>.</remarks>
public sealed class Review
{
    /// <summary>Gets the review id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the review's number in the project.</summary>
    [JsonPropertyName("sequenceId")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SequenceId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the status: <c>OPEN</c>, <c>CLOSED</c>, <c>VOID</c> or <c>FAILED</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the id of the current workflow step.</summary>
    [JsonPropertyName("currentStepId")]
    public string? CurrentStepId { get; init; }

    /// <summary>Gets when the current step is due.</summary>
    [JsonPropertyName("currentStepDueDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CurrentStepDueDate { get; init; }

    /// <summary>Gets the initiator.</summary>
    [JsonPropertyName("createdBy")]
    public ReviewActor? CreatedBy { get; init; }

    /// <summary>Gets when the review was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the review was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets when the review finished.</summary>
    [JsonPropertyName("finishedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Gets a value indicating whether the review is archived.</summary>
    [JsonPropertyName("archived")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Archived { get; init; }

    /// <summary>Gets who archived the review.</summary>
    [JsonPropertyName("archivedBy")]
    public ReviewActor? ArchivedBy { get; init; }

    /// <summary>Gets when the review was archived.</summary>
    [JsonPropertyName("archivedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>Gets the id of the approval workflow.</summary>
    [JsonPropertyName("workflowId")]
    public string? WorkflowId { get; init; }

    /// <summary>Gets who acts next.</summary>
    [JsonPropertyName("nextActionBy")]
    public ReviewNextActionBy? NextActionBy { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
