using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Issues;

/// <summary>
/// ACC Issues: the current user's permissions, issue types and subtypes, custom attribute definitions and mappings,
/// root-cause categories, issues, their comments and attachments. ACC projects only (not BIM 360). Project ids are
/// accepted with or without <c>b.</c> and sent without it. The region goes in the <c>x-ads-region</c> header (from
/// <see cref="ApsRequestOptions.Region"/> or <see cref="ApsOptions.DefaultRegion"/>; nothing is sent when neither is
/// set and APS routes the call itself), except for the attachment calls, which take no region.
/// </summary>
/// <remarks>
/// APS documents these calls as needing a user context (3-legged) while the OpenAPI file also allows 2-legged tokens;
/// the SDK sends whichever token the provider gives. <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-users-me-GET/">APS Issues reference</see>.
/// </remarks>
public partial class IssuesClient
{
    internal const string Area = "Issues";
    internal const string BasePath = "/construction/issues/v1";

    /// <summary>The regions Issues.yaml lists for <c>x-ads-region</c> (the reference pages name US and EMEA).</summary>
    internal static readonly IReadOnlyList<ApsRegion> Regions =
        [ApsRegion.US, ApsRegion.EMEA, ApsRegion.AUS, ApsRegion.CAN, ApsRegion.DEU, ApsRegion.IND, ApsRegion.JPN, ApsRegion.GBR];

    internal static readonly ApsScopes Read = ApsScopes.Create(ApsScopes.DataRead);

    // Seeds and YAML state no write scope; data:write is what the Issues tutorials ask for.
    internal static readonly ApsScopes Write = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataWrite);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected IssuesClient()
    {
    }

    internal IssuesClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static OperationSpec Spec(string name, HttpMethod method, string path, ApsScopes scopes, bool region = true)
        => new(Area, name, method, BasePath + path)
        {
            Scopes = scopes,
            ServiceBasePath = BasePath,
            RegionStyle = region ? RegionStyle.XAdsRegionHeader : RegionStyle.None,
            AllowedRegions = region ? Regions : [],
        };

    /// <summary>The operations. A nested class so its initializers run after the static fields above.</summary>
    private static class Specs
    {
        internal static readonly OperationSpec UserProfile = Spec("GetUserProfile", HttpMethod.Get, "/projects/{projectId}/users/me", Read);
        internal static readonly OperationSpec IssueTypes = Spec("ListIssueTypes", HttpMethod.Get, "/projects/{projectId}/issue-types", Read);
        internal static readonly OperationSpec AttributeDefinitions = Spec("ListAttributeDefinitions", HttpMethod.Get, "/projects/{projectId}/issue-attribute-definitions", Read);
        internal static readonly OperationSpec AttributeMappings = Spec("ListAttributeMappings", HttpMethod.Get, "/projects/{projectId}/issue-attribute-mappings", Read);
        internal static readonly OperationSpec RootCauseCategories = Spec("ListRootCauseCategories", HttpMethod.Get, "/projects/{projectId}/issue-root-cause-categories", Read);
        internal static readonly OperationSpec ListIssues = Spec("ListIssues", HttpMethod.Get, "/projects/{projectId}/issues", Read);
        internal static readonly OperationSpec CreateIssue = Spec("CreateIssue", HttpMethod.Post, "/projects/{projectId}/issues", Write);
        internal static readonly OperationSpec GetIssue = Spec("GetIssue", HttpMethod.Get, "/projects/{projectId}/issues/{issueId}", Read);
        internal static readonly OperationSpec UpdateIssue = Spec("UpdateIssue", HttpMethod.Patch, "/projects/{projectId}/issues/{issueId}", Write);
        internal static readonly OperationSpec ListComments = Spec("ListComments", HttpMethod.Get, "/projects/{projectId}/issues/{issueId}/comments", Read);
        internal static readonly OperationSpec CreateComment = Spec("CreateComment", HttpMethod.Post, "/projects/{projectId}/issues/{issueId}/comments", Write);
        internal static readonly OperationSpec AddAttachments = Spec("AddAttachments", HttpMethod.Post, "/projects/{projectId}/attachments", Write, region: false);
        internal static readonly OperationSpec ListAttachments = Spec("ListAttachments", HttpMethod.Get, "/projects/{projectId}/attachments/{issueId}/items", Read, region: false);
        internal static readonly OperationSpec DeleteAttachment = Spec("DeleteAttachment", HttpMethod.Delete, "/projects/{projectId}/attachments/{issueId}/items/{attachmentId}", Write, region: false);
    }
}
