using System.Runtime.CompilerServices;
using Aps.Sdk.JsonApi;
using Aps.Sdk.Oss;

namespace Aps.Sdk.DataManagement;

public partial class DataManagementClient
{
    /// <summary>
    /// Walks a folder tree lazily, depth first in pre-order (a folder, everything below it, then its next sibling): each
    /// folder's contents are listed, page by page, only when the walk reaches them. Folders are always walked into; <see cref="DmWalkOptions.Types"/> says what is yielded and
    /// <see cref="DmWalkOptions.MaxDepth"/> how deep to go (1: the folder's own contents).
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder to start from (not yielded itself).</param>
    /// <param name="options">Depth, types, hidden entries, page size.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The entries, each with its depth, path and (for items) tip version.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The depth is less than 1.</exception>
    /// <remarks>Built on <see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-contents-GET/">List folder contents</see>.</remarks>
    public virtual IAsyncEnumerable<DmFolderTreeEntry> WalkFolderAsync(ProjectId projectId, FolderId folderId, DmWalkOptions? options = null, CancellationToken cancellationToken = default)
    {
        Project(projectId);
        Folder(folderId);
        if (options?.MaxDepth is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDepth, "MaxDepth must be at least 1.");
        }

        CheckPage(null, options?.PageLimit, nameof(options));
        return WalkAsync(projectId, folderId, options ?? new DmWalkOptions(), cancellationToken);
    }

    private async IAsyncEnumerable<DmFolderTreeEntry> WalkAsync(ProjectId projectId, FolderId root, DmWalkOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var listOptions = new DmFolderContentsOptions
        {
            UserId = options.UserId,
            TokenProvider = options.TokenProvider,
            Timeout = options.Timeout,
            PageLimit = options.PageLimit,
            IncludeHidden = options.IncludeHidden ? true : null,
        };
        foreach (var (name, value) in options.Headers)
        {
            listOptions.Headers[name] = value;
        }

        await foreach (var entry in WalkLevelAsync(projectId, root, string.Empty, 1, options, listOptions, cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }

    // Pre-order, depth first: an entry, then (for a folder) everything below it, then its next sibling. A folder's
    // pages are fetched one at a time as the walk reaches them.
    private async IAsyncEnumerable<DmFolderTreeEntry> WalkLevelAsync(ProjectId projectId, FolderId folder, string path, int depth, DmWalkOptions options, DmFolderContentsOptions listOptions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in ListFolderContentsAsync(projectId, folder, listOptions).AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var entry in page.Values)
            {
                var name = entry.Attributes?.DisplayName ?? entry.Attributes?.Name ?? entry.Id ?? string.Empty;
                var entryPath = path.Length == 0 ? name : path + "/" + name;
                var wanted = entry.IsFolder ? options.Types.HasFlag(DmWalkTypes.Folders) : entry.IsItem && options.Types.HasFlag(DmWalkTypes.Items);
                if (wanted)
                {
                    var tip = entry.GetRelated("tip") is { } tipId ? FindIn(page.Included, tipId) : null;
                    yield return new DmFolderTreeEntry { Resource = entry, Depth = depth, Path = entryPath, ParentFolderId = folder, TipVersion = tip };
                }

                if (entry.IsFolder && entry.Id is { } id && (options.MaxDepth is null || depth < options.MaxDepth))
                {
                    await foreach (var below in WalkLevelAsync(projectId, new FolderId(id), entryPath, depth + 1, options, listOptions, cancellationToken).ConfigureAwait(false))
                    {
                        yield return below;
                    }
                }
            }
        }
    }

    private static JsonApiResource? FindIn(IReadOnlyList<JsonApiResource> included, JsonApiResourceIdentifier identifier)
        => included.FirstOrDefault(r => r.Type == identifier.Type && r.Id == identifier.Id);

    /// <summary>
    /// Uploads a new file into a folder in one call: creates the storage location, uploads the bytes with the OSS
    /// transfer manager (parallel parts, progress), then creates the item and its first version.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder.</param>
    /// <param name="fileName">The file name (item display name and version name).</param>
    /// <param name="content">The bytes; read from its current position.</param>
    /// <param name="options">Extension types, progress, part size, concurrency, <c>x-user-id</c> (Data Management calls only).</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The new item and version.</returns>
    /// <exception cref="ArgumentException">An id is the default value or the file name is blank.</exception>
    /// <remarks>
    /// The steps of <see href="https://aps.autodesk.com/en/docs/data/v2/tutorials/upload-file/">Upload a file</see>:
    /// <c>POST storage</c>, OSS signed S3 upload, <c>POST items</c>.
    /// </remarks>
    public virtual async Task<DmUploadResult> UploadFileAsync(ProjectId projectId, FolderId folderId, string fileName, Stream content, DmUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Project(projectId);
        Folder(folderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        options ??= new DmUploadOptions();
        var (storageId, transfer) = await StoreAsync(projectId, folderId, fileName, content, options, cancellationToken).ConfigureAwait(false);
        var body = DmRequests.CreateItem(folderId, fileName, storageId.ToString(), options.ItemExtensionType, options.VersionExtensionType);
        var created = await CreateItemAsync(projectId, body, DmOptionsFrom(options), cancellationToken).ConfigureAwait(false);
        var item = created.Data ?? throw new ApsException("createItem answered without an item.");
        var version = created.Included.FirstOrDefault(r => r.Type == "versions");
        var versionNumber = version?.GetAttributes(DataManagementJsonContext.Default.DmVersionAttributes)?.VersionNumber;
        return new DmUploadResult
        {
            ItemId = new ItemId(item.Id ?? throw new ApsException("createItem answered without an item id.")),
            VersionId = version?.Id is { } v ? new VersionId(v) : item.GetRelated("tip")?.Id is { } tip ? new VersionId(tip) : default,
            VersionNumber = versionNumber ?? 1,
            StorageId = storageId,
            Transfer = transfer,
        };
    }

    /// <summary>
    /// Uploads a new version of an item in one call: finds the item's folder, creates the storage location, uploads
    /// the bytes with the OSS transfer manager, then creates the version.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="fileName">The file name of the version.</param>
    /// <param name="content">The bytes; read from its current position.</param>
    /// <param name="options">Extension type, progress, part size, concurrency, <c>x-user-id</c>.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The item and its new version.</returns>
    /// <exception cref="ArgumentException">An id is the default value or the file name is blank.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/tutorials/upload-file/">Upload a file</see> (new version: <c>POST versions</c>).</remarks>
    public virtual async Task<DmUploadResult> UploadNewVersionAsync(ProjectId projectId, ItemId itemId, string fileName, Stream content, DmUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Project(projectId);
        Item(itemId);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        options ??= new DmUploadOptions();
        var parent = await GetItemParentAsync(projectId, itemId, DmOptionsFrom(options), cancellationToken).ConfigureAwait(false);
        var folderId = new FolderId(parent.Data?.Id ?? throw new ApsException("The item's parent folder has no id."));
        var (storageId, transfer) = await StoreAsync(projectId, folderId, fileName, content, options, cancellationToken).ConfigureAwait(false);
        var body = DmRequests.CreateVersion(itemId, fileName, storageId.ToString(), options.VersionExtensionType);
        var created = await CreateVersionAsync(projectId, body, DmOptionsFrom(options), cancellationToken).ConfigureAwait(false);
        var version = created.Data ?? throw new ApsException("createVersion answered without a version.");
        return new DmUploadResult
        {
            ItemId = itemId,
            VersionId = new VersionId(version.Id ?? throw new ApsException("createVersion answered without a version id.")),
            VersionNumber = version.Attributes?.VersionNumber ?? new VersionId(version.Id).VersionNumber ?? 0,
            StorageId = storageId,
            Transfer = transfer,
        };
    }

    /// <summary>
    /// Downloads a version's file: reads the version, takes its storage object id (never the malformed storage link)
    /// and downloads the object with the OSS transfer manager (signed S3 URL, ranged parallel parts, SHA-1 check).
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version.</param>
    /// <param name="destination">A writable stream (seekable for parallel ranges).</param>
    /// <param name="options">Progress, part size, concurrency, SHA-1 check, <c>x-user-id</c> (for the version read).</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>What was downloaded.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <exception cref="ApsException">The version has no OSS storage (for example a BIM 360 cloud model).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/tutorials/download-file/">Download a file</see>.</remarks>
    public virtual async Task<OssDownloadResult> DownloadVersionAsync(ProjectId projectId, VersionId versionId, Stream destination, DmDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Project(projectId);
        Version(versionId);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= new DmDownloadOptions();
        var version = await GetVersionAsync(projectId, versionId, DmOptionsFrom(options), cancellationToken).ConfigureAwait(false);
        if (version.Data is not { } data || !data.TryGetStorageId(out var storage))
        {
            throw new ApsException($"The version '{versionId}' has no OSS storage to download (no storage relationship with an object id).");
        }

        var ossOptions = new OssDownloadOptions
        {
            TokenProvider = options.TokenProvider,
            Progress = options.Progress,
            PartSize = options.PartSize,
            MaxConcurrency = options.MaxConcurrency,
            VerifySha1 = options.VerifySha1,
        };
        return await Oss.Transfers.DownloadAsync(storage.BucketKey, storage.ObjectKey, destination, ossOptions, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(OssObjectId StorageId, OssUploadResult Transfer)> StoreAsync(ProjectId projectId, FolderId folderId, string fileName, Stream content, DmUploadOptions options, CancellationToken cancellationToken)
    {
        var storage = await CreateStorageAsync(projectId, DmRequests.CreateStorage(fileName, folderId), DmOptionsFrom(options), cancellationToken).ConfigureAwait(false);
        if (storage.Data is not { } data || !data.TryGetStorageId(out var storageId))
        {
            throw new ApsException("createStorage answered without an OSS object id (urn:adsk.objects:os.object:{bucket}/{key}).");
        }

        var ossOptions = new OssUploadOptions
        {
            TokenProvider = options.TokenProvider,
            Progress = options.Progress,
            PartSize = options.PartSize,
            MaxConcurrency = options.MaxConcurrency,
            ContentType = options.ContentType,
        };
        var transfer = await Oss.Transfers.UploadAsync(storageId.BucketKey, storageId.ObjectKey, content, ossOptions, cancellationToken).ConfigureAwait(false);
        return (storageId, transfer);
    }

    // The Data Management leg of a helper: the caller's user, token, timeout and headers; OSS calls take no x-user-id.
    private static DmCreateOptions DmOptionsFrom(ApsRequestOptions options)
    {
        var copy = new DmCreateOptions { UserId = options.UserId, TokenProvider = options.TokenProvider, Timeout = options.Timeout };
        foreach (var (name, value) in options.Headers)
        {
            copy.Headers[name] = value;
        }

        return copy;
    }
}

/// <summary>One entry of <see cref="DataManagementClient.WalkFolderAsync"/>.</summary>
public sealed class DmFolderTreeEntry
{
    /// <summary>Gets the folder or item.</summary>
    public required DmResource<DmEntryAttributes> Resource { get; init; }

    /// <summary>Gets the depth: 1 for the walked folder's own contents.</summary>
    public required int Depth { get; init; }

    /// <summary>Gets the path below the walked folder, display names joined with <c>/</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the folder the entry is in.</summary>
    public required FolderId ParentFolderId { get; init; }

    /// <summary>Gets an item's tip version, from the listing's <c>included</c>.</summary>
    public JsonApiResource? TipVersion { get; init; }

    /// <summary>Gets the tip version's attributes (name, version number, size), when included.</summary>
    public DmVersionAttributes? TipVersionAttributes => TipVersion?.GetAttributes(DataManagementJsonContext.Default.DmVersionAttributes);

    /// <inheritdoc />
    public override string ToString() => $"{Path} ({Resource.Type})";
}

/// <summary>What an upload helper created.</summary>
public sealed class DmUploadResult
{
    /// <summary>Gets the item.</summary>
    public required ItemId ItemId { get; init; }

    /// <summary>Gets the new version.</summary>
    public required VersionId VersionId { get; init; }

    /// <summary>Gets the new version's number.</summary>
    public required int VersionNumber { get; init; }

    /// <summary>Gets the OSS object that stores the bytes.</summary>
    public required OssObjectId StorageId { get; init; }

    /// <summary>Gets the byte transfer's details (size, parts, time).</summary>
    public required OssUploadResult Transfer { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{VersionId} ({Transfer.Bytes} bytes)";
}
