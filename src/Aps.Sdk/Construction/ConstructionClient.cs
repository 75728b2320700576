using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Construction.AccountAdmin;
using Aps.Sdk.Construction.Assets;
using Aps.Sdk.Construction.AutoSpecs;
using Aps.Sdk.Construction.DataConnector;
using Aps.Sdk.Construction.Docs;
using Aps.Sdk.Construction.Files;
using Aps.Sdk.Construction.Forms;
using Aps.Sdk.Construction.Issues;
using Aps.Sdk.Construction.Locations;
using Aps.Sdk.Construction.Packages;
using Aps.Sdk.Construction.Photos;
using Aps.Sdk.Construction.Rcm;
using Aps.Sdk.Construction.Reviews;
using Aps.Sdk.Construction.Rfis;

namespace Aps.Sdk.Construction;

/// <summary>
/// Autodesk Construction Cloud (ACC): one entry point for every ACC module, sharing the client's pipeline (token
/// cache, retries, regions). ACC ids are accepted with or without the Data Management <c>b.</c> prefix.
/// </summary>
/// <example>
/// <code>
/// await foreach (var issue in aps.Construction.Issues.ListIssuesAsync(projectId))
/// {
///     Console.WriteLine(issue.Title);
/// }
/// </code>
/// </example>
public class ConstructionClient
{
    private readonly ApsPipeline _pipeline = null!;
    private IssuesClient? _issues;
    private AccountAdminClient? _accountAdmin;
    private AssetsClient? _assets;
    private PhotosClient? _photos;
    private ReviewsClient? _reviews;
    private RfisClient? _rfis;
    private FormsClient? _forms;
    private LocationsClient? _locations;
    private DataConnectorClient? _dataConnector;
    private FilesClient? _files;
    private DocsClient? _docs;
    private PackagesClient? _packages;
    private RcmClient? _rcm;
    private AutoSpecsClient? _autoSpecs;

    /// <summary>Creates a client for mocking.</summary>
    protected ConstructionClient()
    {
    }

    internal ConstructionClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Gets ACC Issues.</summary>
    public virtual IssuesClient Issues => LazyInitializer.EnsureInitialized(ref _issues, () => new IssuesClient(_pipeline));

    /// <summary>Gets ACC Account Admin (account projects, companies, users, business units).</summary>
    public virtual AccountAdminClient AccountAdmin => LazyInitializer.EnsureInitialized(ref _accountAdmin, () => new AccountAdminClient(_pipeline));

    /// <summary>Gets ACC Assets.</summary>
    public virtual AssetsClient Assets => LazyInitializer.EnsureInitialized(ref _assets, () => new AssetsClient(_pipeline));

    /// <summary>Gets ACC Photos.</summary>
    public virtual PhotosClient Photos => LazyInitializer.EnsureInitialized(ref _photos, () => new PhotosClient(_pipeline));

    /// <summary>Gets ACC Reviews.</summary>
    public virtual ReviewsClient Reviews => LazyInitializer.EnsureInitialized(ref _reviews, () => new ReviewsClient(_pipeline));

    /// <summary>Gets ACC RFIs.</summary>
    public virtual RfisClient Rfis => LazyInitializer.EnsureInitialized(ref _rfis, () => new RfisClient(_pipeline));

    /// <summary>Gets ACC Forms.</summary>
    public virtual FormsClient Forms => LazyInitializer.EnsureInitialized(ref _forms, () => new FormsClient(_pipeline));

    /// <summary>Gets ACC Locations.</summary>
    public virtual LocationsClient Locations => LazyInitializer.EnsureInitialized(ref _locations, () => new LocationsClient(_pipeline));

    /// <summary>Gets ACC Data Connector.</summary>
    public virtual DataConnectorClient DataConnector => LazyInitializer.EnsureInitialized(ref _dataConnector, () => new DataConnectorClient(_pipeline));

    /// <summary>Gets ACC Files.</summary>
    public virtual FilesClient Files => LazyInitializer.EnsureInitialized(ref _files, () => new FilesClient(_pipeline));

    /// <summary>Gets ACC Docs.</summary>
    public virtual DocsClient Docs => LazyInitializer.EnsureInitialized(ref _docs, () => new DocsClient(_pipeline));

    /// <summary>Gets ACC Packages.</summary>
    public virtual PackagesClient Packages => LazyInitializer.EnsureInitialized(ref _packages, () => new PackagesClient(_pipeline));

    /// <summary>Gets ACC RCM.</summary>
    public virtual RcmClient Rcm => LazyInitializer.EnsureInitialized(ref _rcm, () => new RcmClient(_pipeline));

    /// <summary>Gets ACC AutoSpecs.</summary>
    public virtual AutoSpecsClient AutoSpecs => LazyInitializer.EnsureInitialized(ref _autoSpecs, () => new AutoSpecsClient(_pipeline));
}
