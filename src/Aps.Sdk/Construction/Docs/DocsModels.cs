using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Docs;

/// <summary>The permissions of one user, role or company on a Document Management folder.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-projects-project_id-folders-folder_id-permissions-GET/">APS reference</see>.</remarks>
public sealed class DocsSubjectPermissions
{
    /// <summary>Gets the id of the user, role or company.</summary>
    [JsonPropertyName("subjectId")]
    public string? SubjectId { get; init; }

    /// <summary>Gets the Autodesk id.</summary>
    [JsonPropertyName("autodeskId")]
    public string? AutodeskId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the email (users only).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the project user type: <c>PROJECT_ADMIN</c> or <c>PROJECT_MEMBER</c> (users only).</summary>
    [JsonPropertyName("userType")]
    public string? UserType { get; init; }

    /// <summary>Gets the subject type: <c>USER</c>, <c>COMPANY</c> or <c>ROLE</c>.</summary>
    [JsonPropertyName("subjectType")]
    public string? SubjectType { get; init; }

    /// <summary>Gets the status: <c>ACTIVE</c>, <c>INACTIVE</c>, <c>PENDING</c> or <c>DISABLED</c>.</summary>
    [JsonPropertyName("subjectStatus")]
    public string? SubjectStatus { get; init; }

    /// <summary>Gets the actions granted on this folder (<c>VIEW</c>, <c>DOWNLOAD</c>, <c>COLLABORATE</c>, <c>PUBLISH</c>, <c>PUBLISH_MARKUP</c>, <c>EDIT</c>, <c>CONTROL</c>).</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<string> Actions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the actions inherited from a parent folder.</summary>
    [JsonPropertyName("inheritActions")]
    public IReadOnlyList<string> InheritActions { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A custom attribute definition of a folder's documents.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-custom-attribute-definitions-GET/">APS reference</see>.</remarks>
public sealed class DocsCustomAttributeDefinition
{
    /// <summary>Gets the attribute id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the type: <c>string</c>, <c>date</c> or <c>array</c> (drop-down list).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the values of a drop-down (<c>array</c>) attribute.</summary>
    [JsonPropertyName("arrayValues")]
    public IReadOnlyList<string> ArrayValues { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The body of <see cref="DocsClient.CreateCustomAttributeDefinitionAsync"/> (one definition per call).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-custom-attribute-definitions-POST/">APS reference</see>.</remarks>
public sealed class DocsCreateCustomAttributeDefinition
{
    /// <summary>Gets or sets the name (required).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the type (required): <c>string</c>, <c>date</c> or <c>array</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the values of an <c>array</c> attribute.</summary>
    [JsonPropertyName("arrayValues")]
    public IReadOnlyList<string>? ArrayValues { get; set; }

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A project's file naming standard.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-naming-standards-id-GET/">APS reference</see>.</remarks>
public sealed class DocsNamingStandard
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the format: fields in UI order and the delimiter.</summary>
    [JsonPropertyName("definition")]
    public DocsNamingStandardDefinition? Definition { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The format of a naming standard.</summary>
public sealed class DocsNamingStandardDefinition
{
    /// <summary>Gets the fields, in the order set in the UI.</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyList<DocsNamingStandardField> Fields { get; init => field = value ?? []; } = [];

    /// <summary>Gets the delimiter between fields.</summary>
    [JsonPropertyName("delimiter")]
    public string? Delimiter { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One field of a naming standard.</summary>
public sealed class DocsNamingStandardField
{
    /// <summary>Gets the custom attribute id behind the field.</summary>
    [JsonPropertyName("attributeId")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? AttributeId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the type (<c>ALPHANUMERIC</c>, <c>ARRAY</c>, <c>CLASSIFICATION</c>, …).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the field is optional.</summary>
    [JsonPropertyName("optional")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Optional { get; init; }

    /// <summary>Gets the maximum length.</summary>
    [JsonPropertyName("maxLength")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? MaxLength { get; init; }

    /// <summary>Gets the minimum length.</summary>
    [JsonPropertyName("minLength")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? MinLength { get; init; }

    /// <summary>Gets the default value.</summary>
    [JsonPropertyName("defaultValue")]
    public string? DefaultValue { get; init; }

    /// <summary>Gets the allowed values of an <c>ARRAY</c> field.</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<DocsNamingStandardOption> Options { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>An allowed value of a naming standard field.</summary>
public sealed class DocsNamingStandardOption
{
    /// <summary>Gets the code.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The body of <c>versions:batch-get</c>.</summary>
internal sealed class DocsBatchGetBody
{
    [JsonPropertyName("urns")]
    public IReadOnlyList<string> Urns { get; init => field = value ?? []; } = [];

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The answer of <see cref="DocsClient.BatchGetVersionsAsync"/>: the versions found and an error per URN not found.</summary>
/// <remarks>Shape from the public APS reference (no example in the seeds). <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-versionsbatch-get-POST/">APS reference</see>.</remarks>
public sealed class DocsVersionsBatch
{
    /// <summary>Gets the versions.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<DocsVersion> Results { get; init => field = value ?? []; } = [];

    /// <summary>Gets the URNs that failed, with the reason.</summary>
    [JsonPropertyName("errors")]
    public IReadOnlyList<DocsBatchError> Errors { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A Document Management version with its approval status, revision and custom attribute values.</summary>
public sealed class DocsVersion
{
    /// <summary>Gets the version URN.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets the item (lineage) URN.</summary>
    [JsonPropertyName("itemUrn")]
    public string? ItemUrn { get; init; }

    /// <summary>Gets the file name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the sheet number (split Plans documents).</summary>
    [JsonPropertyName("number")]
    public string? Number { get; init; }

    /// <summary>Gets when the version was created (APS writes <c>+0000</c> offsets).</summary>
    [JsonPropertyName("createTime")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>Gets the creator's id.</summary>
    [JsonPropertyName("createUserId")]
    public string? CreateUserId { get; init; }

    /// <summary>Gets the creator's name.</summary>
    [JsonPropertyName("createUserName")]
    public string? CreateUserName { get; init; }

    /// <summary>Gets when the version was last modified.</summary>
    [JsonPropertyName("lastModifiedTime")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastModifiedTime { get; init; }

    /// <summary>Gets the last modifier's id.</summary>
    [JsonPropertyName("lastModifiedUserId")]
    public string? LastModifiedUserId { get; init; }

    /// <summary>Gets the last modifier's name.</summary>
    [JsonPropertyName("lastModifiedUserName")]
    public string? LastModifiedUserName { get; init; }

    /// <summary>Gets the storage object URN (documents not split into sheets).</summary>
    [JsonPropertyName("storageUrn")]
    public string? StorageUrn { get; init; }

    /// <summary>Gets the storage object size in bytes.</summary>
    [JsonPropertyName("storageSize")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? StorageSize { get; init; }

    /// <summary>Gets the entity type: <c>SEED_FILE</c> or <c>DOCUMENT</c>.</summary>
    [JsonPropertyName("entityType")]
    public string? EntityType { get; init; }

    /// <summary>Gets the revision number.</summary>
    [JsonPropertyName("revisionNumber")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? RevisionNumber { get; init; }

    /// <summary>Gets the process state (for example <c>PROCESSING_COMPLETE</c>).</summary>
    [JsonPropertyName("processState")]
    public string? ProcessState { get; init; }

    /// <summary>Gets the approval status, when a review approved or rejected the version.</summary>
    [JsonPropertyName("approvalStatus")]
    public DocsApprovalStatus? ApprovalStatus { get; init; }

    /// <summary>Gets the custom attributes that have a value.</summary>
    [JsonPropertyName("customAttributes")]
    public IReadOnlyList<DocsCustomAttributeValue> CustomAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The approval status of a version.</summary>
public sealed class DocsApprovalStatus
{
    /// <summary>Gets the customized label.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>Gets the value: <c>approved</c> or <c>rejected</c>.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The value of one custom attribute.</summary>
public sealed class DocsCustomAttributeValue
{
    /// <summary>Gets the attribute id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Id { get; init; }

    /// <summary>Gets the type: <c>string</c>, <c>date</c> or <c>array</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the attribute name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the value.</summary>
    [JsonPropertyName("value")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Value { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One URN a batch call could not serve.</summary>
public sealed class DocsBatchError
{
    /// <summary>Gets the URN.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets the code (for example <c>ERR_RESOURCE_NOT_EXIST</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the detail.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A custom attribute value to assign (a null <see cref="Value"/> clears it).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-custom-attributesbatch-update-POST/">APS reference</see>.</remarks>
public sealed class DocsCustomAttributeUpdate
{
    /// <summary>Creates an update.</summary>
    /// <param name="id">The attribute id (from the definitions).</param>
    /// <param name="value">The value (text up to 255 characters, an ISO 8601 date, or a drop-down value); null clears it.</param>
    public DocsCustomAttributeUpdate(long id, string? value)
    {
        Id = id;
        Value = value;
    }

    /// <summary>Gets the attribute id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; }

    /// <summary>Gets the value; null clears the attribute (sent as JSON null).</summary>
    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Value { get; }

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The answer of <see cref="DocsClient.BatchUpdateCustomAttributesAsync"/>: the version's custom attribute values after the update.</summary>
public sealed class DocsCustomAttributeValues
{
    /// <summary>Gets the values.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<DocsCustomAttributeValue> Results { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The body of <see cref="DocsClient.StartVersionExportAsync"/> (BIM 360 PDF export): which markups to include.</summary>
/// <remarks>Shape from the public APS reference (mention only in the seeds). <see href="https://aps.autodesk.com/en/docs/bim360/v1/reference/http/document-management-projects-project_id-versions-version_id-exports-POST/">APS reference</see>.</remarks>
public sealed class DocsVersionExportRequest
{
    /// <summary>Gets or sets the markup options.</summary>
    [JsonPropertyName("options")]
    public DocsVersionExportOptions? Options { get; set; }

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The markups a BIM 360 export includes.</summary>
public sealed class DocsVersionExportOptions
{
    /// <summary>Gets or sets the standard markup options.</summary>
    [JsonPropertyName("standardMarkups")]
    public DocsMarkupOptions? StandardMarkups { get; set; }

    /// <summary>Gets or sets the Issues markup options.</summary>
    [JsonPropertyName("issueMarkups")]
    public DocsMarkupOptions? IssueMarkups { get; set; }

    /// <summary>Gets or sets the Photos markup options.</summary>
    [JsonPropertyName("photoMarkups")]
    public DocsMarkupOptions? PhotoMarkups { get; set; }

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>Which markups of one kind a BIM 360 export includes.</summary>
public sealed class DocsMarkupOptions
{
    /// <summary>Gets or sets a value indicating whether published markups are included.</summary>
    [JsonPropertyName("includePublishedMarkups")]
    public bool? IncludePublishedMarkups { get; set; }

    /// <summary>Gets or sets a value indicating whether unpublished markups are included.</summary>
    [JsonPropertyName("includeUnpublishedMarkups")]
    public bool? IncludeUnpublishedMarkups { get; set; }

    /// <summary>Gets or sets a value indicating whether markup links are included.</summary>
    [JsonPropertyName("includeMarkupLinks")]
    public bool? IncludeMarkupLinks { get; set; }

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A BIM 360 version export job.</summary>
/// <remarks>Shape from the public APS reference (mention only in the seeds). <see href="https://aps.autodesk.com/en/docs/bim360/v1/reference/http/document-management-projects-project_id-versions-version_id-exports-export_id-GET/">APS reference</see>.</remarks>
public sealed class DocsVersionExport
{
    /// <summary>Gets the export id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the status (<c>processing</c>, <c>successful</c>, <c>failed</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the exported file's data once done.</summary>
    [JsonPropertyName("data")]
    public DocsVersionExportData? Data { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Status})";
}

/// <summary>The exported file of a BIM 360 export.</summary>
public sealed class DocsVersionExportData
{
    /// <summary>Gets the exported version URN.</summary>
    [JsonPropertyName("versionUrn")]
    public string? VersionUrn { get; init; }

    /// <summary>Gets the resource id.</summary>
    [JsonPropertyName("resourceId")]
    public string? ResourceId { get; init; }

    /// <summary>Gets the authenticated link to the exported PDF.</summary>
    [JsonPropertyName("link")]
    public string? Link { get; init; }

    /// <summary>Gets the signed download URL (a secret; never logged by the SDK).</summary>
    [JsonPropertyName("signedUrl")]
    public string? SignedUrl { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{VersionUrn} (signed URL hidden)";
}

/// <summary>Options of <see cref="DocsClient.ListCustomAttributeDefinitionsAsync"/>.</summary>
public sealed class DocsListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 200 (APS default 10).</summary>
    public int? Limit { get; set; }
}
