using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>An approval workflow: its steps, approval options and copy settings (also what a review was started with).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-workflowId-GET/">APS reference</see>.</remarks>
public sealed class ReviewWorkflow
{
    /// <summary>Gets the workflow id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the notes shown to reviewers.</summary>
    [JsonPropertyName("notes")]
    public string? Notes { get; init; }

    /// <summary>Gets the status: <c>ACTIVE</c> or <c>INACTIVE</c> (absent on a review's workflow).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the additional options.</summary>
    [JsonPropertyName("additionalOptions")]
    public ReviewWorkflowAdditionalOptions? AdditionalOptions { get; init; }

    /// <summary>Gets the approval statuses reviewers may pick (never null).</summary>
    [JsonPropertyName("approvalStatusOptions")]
    public IReadOnlyList<ReviewApprovalStatusOption> ApprovalStatusOptions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the steps, in order (never null).</summary>
    [JsonPropertyName("steps")]
    public IReadOnlyList<ReviewWorkflowStep> Steps { get; init => field = value ?? []; } = [];

    /// <summary>Gets whether and where approved files are copied.</summary>
    [JsonPropertyName("copyFilesOptions")]
    public ReviewCopyFilesOptions? CopyFilesOptions { get; init; }

    /// <summary>Gets the file custom attributes attached to the workflow (never null).</summary>
    [JsonPropertyName("attachedAttributes")]
    public IReadOnlyList<ReviewAttachedAttributeSetting> AttachedAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets how attached attributes are written back.</summary>
    [JsonPropertyName("updateAttributesOptions")]
    public ReviewUpdateAttributesOptions? UpdateAttributesOptions { get; init; }

    /// <summary>Gets when the workflow was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the workflow was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
