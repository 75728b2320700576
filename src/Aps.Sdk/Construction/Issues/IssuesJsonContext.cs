using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The source-generated JSON metadata of ACC Issues (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool?))]
[JsonSerializable(typeof(IssueStatus?))]
[JsonSerializable(typeof(IssueAssigneeType?))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<IssueCustomAttributeInput>))]
[JsonSerializable(typeof(IssuesUserProfile))]
[JsonSerializable(typeof(IssuesPermissions))]
[JsonSerializable(typeof(IssuesPermissionSet))]
[JsonSerializable(typeof(IssueType))]
[JsonSerializable(typeof(IssueSubtype))]
[JsonSerializable(typeof(IssueAttributeDefinition))]
[JsonSerializable(typeof(IssueAttributeMetadata))]
[JsonSerializable(typeof(IssueAttributeListMetadata))]
[JsonSerializable(typeof(IssueAttributeListOption))]
[JsonSerializable(typeof(IssueAttributeMapping))]
[JsonSerializable(typeof(IssueRootCauseCategory))]
[JsonSerializable(typeof(IssueRootCause))]
[JsonSerializable(typeof(Issue))]
[JsonSerializable(typeof(IssueLinkedDocument))]
[JsonSerializable(typeof(IssueLinkedDocumentDetails))]
[JsonSerializable(typeof(IssueViewable))]
[JsonSerializable(typeof(IssuePosition))]
[JsonSerializable(typeof(IssueGpsCoordinates))]
[JsonSerializable(typeof(IssueCustomAttributeValue))]
[JsonSerializable(typeof(IssueCustomAttributeInput))]
[JsonSerializable(typeof(IssueComment))]
[JsonSerializable(typeof(IssueAttachment))]
[JsonSerializable(typeof(IssueAttachmentsResponse))]
[JsonSerializable(typeof(IssueCreateRequest))]
[JsonSerializable(typeof(IssueUpdateRequest))]
[JsonSerializable(typeof(IssueCommentCreateRequest))]
[JsonSerializable(typeof(IssueAttachmentsAddRequest))]
[JsonSerializable(typeof(IssueAttachmentInput))]
[JsonSerializable(typeof(ConstructionPage<IssueType>))]
[JsonSerializable(typeof(ConstructionPage<IssueAttributeDefinition>))]
[JsonSerializable(typeof(ConstructionPage<IssueAttributeMapping>))]
[JsonSerializable(typeof(ConstructionPage<IssueRootCauseCategory>))]
[JsonSerializable(typeof(ConstructionPage<Issue>))]
[JsonSerializable(typeof(ConstructionPage<IssueComment>))]
internal sealed partial class IssuesJsonContext : JsonSerializerContext
{
}
