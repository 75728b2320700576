using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Assets;

public partial class AssetsClient
{
    /// <summary>The most assets one batch call takes (the Assets tutorial: batch endpoints take up to 100 items).</summary>
    public const int MaxAssetsPerBatch = 100;

    private static readonly ApsScopes DataWriteCreate = ApsScopes.Create(ApsScopes.DataWrite, ApsScopes.DataCreate);

    private static class WriteSpecs
    {
        internal static readonly OperationSpec BatchCreate = new(Area, "CreateAssets", HttpMethod.Post, "/construction/assets/v2/projects/{projectId}/assets:batch-create")
        {
            Scopes = DataWriteCreate,
            ServiceBasePath = BasePath,
        };
    }

    /// <summary>
    /// Creates up to <see cref="MaxAssetsPerBatch"/> assets in one call (<c>POST assets:batch-create</c>, v2). The body
    /// is the array of asset definitions. Not retried on failure (a retry could create duplicates): on a transport
    /// error, list the assets by <see cref="AssetCreateRequest.ClientAssetId"/> before trying again. Beyond the
    /// inventory rows: the shape follows the public APS reference page; the answer is read whether it is the array of
    /// created assets or a <c>results</c> envelope.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="assets">The assets; each needs a client asset id and a category id.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created assets.</returns>
    /// <exception cref="ArgumentException">The project id is empty, the list is empty or longer than 100, or an asset lacks its name or category.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-assets-batch-create-POST-v2/">APS reference</see>.</remarks>
    public virtual async Task<IReadOnlyList<Asset>> CreateAssetsAsync(ProjectId projectId, IReadOnlyList<AssetCreateRequest> assets, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectValue(projectId);
        ArgumentNullException.ThrowIfNull(assets);
        if (assets.Count is 0 or > MaxAssetsPerBatch)
        {
            throw new ArgumentException($"A batch creates 1 to {MaxAssetsPerBatch} assets; {assets.Count} were given.", nameof(assets));
        }

        foreach (var asset in assets)
        {
            if (asset is null || string.IsNullOrWhiteSpace(asset.ClientAssetId) || string.IsNullOrWhiteSpace(asset.CategoryId))
            {
                throw new ArgumentException("Each asset needs its ClientAssetId and CategoryId.", nameof(assets));
            }
        }

        var request = _pipeline.CreateRequest(WriteSpecs.BatchCreate, options, [project]);
        ApsPipeline.SetJsonBody(request, [.. assets], ConstructionAssetsJsonContext.Default.ListAssetCreateRequest);
        var answer = await _pipeline.SendAsync(request, ConstructionAssetsJsonContext.Default.JsonElement, options, cancellationToken).ConfigureAwait(false);
        var list = answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("results", out var results) ? results : answer;
        if (list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return list.Deserialize(ConstructionAssetsJsonContext.Default.ListAsset) ?? [];
    }
}
