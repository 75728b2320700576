using Aps.Sdk.Construction;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>Changes to an issue: only the properties you set are sent; set one to <see langword="null"/> to clear it. See <see cref="ApsOptional{T}"/>.</summary>
public sealed class IssueUpdateRequest
{
    /// <summary>Gets or sets the title.</summary>
    [JsonPropertyName("title")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> Title { get; set; }

    /// <summary>Gets or sets the description.</summary>
    [JsonPropertyName("description")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> Description { get; set; }

    /// <summary>Gets or sets the snapshot URN.</summary>
    [JsonPropertyName("snapshotUrn")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> SnapshotUrn { get; set; }

    /// <summary>Gets or sets the subtype (UI type).</summary>
    [JsonPropertyName("issueSubtypeId")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> IssueSubtypeId { get; set; }

    /// <summary>Gets or sets the status.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(ApsOptionalConverter<IssueStatus?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<IssueStatus?> Status { get; set; }

    /// <summary>Gets or sets the assignee (null clears the assignment; set <see cref="AssignedToType"/> to null too).</summary>
    [JsonPropertyName("assignedTo")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> AssignedTo { get; set; }

    /// <summary>Gets or sets the kind of assignee.</summary>
    [JsonPropertyName("assignedToType")]
    [JsonConverter(typeof(ApsOptionalConverter<IssueAssigneeType?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<IssueAssigneeType?> AssignedToType { get; set; }

    /// <summary>Gets or sets the due date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("dueDate")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> DueDate { get; set; }

    /// <summary>Gets or sets the start date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("startDate")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> StartDate { get; set; }

    /// <summary>Gets or sets the location (LBS) id.</summary>
    [JsonPropertyName("locationId")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> LocationId { get; set; }

    /// <summary>Gets or sets the location as text.</summary>
    [JsonPropertyName("locationDetails")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> LocationDetails { get; set; }

    /// <summary>Gets or sets the root cause.</summary>
    [JsonPropertyName("rootCauseId")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> RootCauseId { get; set; }

    /// <summary>Gets or sets a value indicating whether the issue is published.</summary>
    [JsonPropertyName("published")]
    [JsonConverter(typeof(ApsOptionalConverter<bool?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<bool?> Published { get; set; }

    /// <summary>Gets or sets the watchers (the whole list).</summary>
    [JsonPropertyName("watchers")]
    [JsonConverter(typeof(ApsOptionalConverter<IReadOnlyList<string>?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<IReadOnlyList<string>?> Watchers { get; set; }

    /// <summary>Gets or sets custom attribute values (each listed attribute is changed).</summary>
    [JsonPropertyName("customAttributes")]
    [JsonConverter(typeof(ApsOptionalConverter<IReadOnlyList<IssueCustomAttributeInput>?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<IReadOnlyList<IssueCustomAttributeInput>?> CustomAttributes { get; set; }

    /// <summary>Gets or sets the GPS coordinates.</summary>
    [JsonPropertyName("gpsCoordinates")]
    [JsonConverter(typeof(ApsOptionalConverter<IssueGpsCoordinates?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<IssueGpsCoordinates?> GpsCoordinates { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
