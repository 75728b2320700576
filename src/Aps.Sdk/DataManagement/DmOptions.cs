using Aps.Sdk.Oss;

namespace Aps.Sdk.DataManagement;

/// <summary>Options of the Data Management lists that filter but do not page (hubs, refs, relationships, downloads).</summary>
public sealed class DmFilterOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the filter.</summary>
    public DmFilter? Filter { get; set; }
}

/// <summary>Options of the paged Data Management lists (projects, item versions).</summary>
public sealed class DmListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the filter.</summary>
    public DmFilter? Filter { get; set; }

    /// <summary>Gets or sets the page to start from (<c>page[number]</c>, 0-based).</summary>
    public int? PageNumber { get; set; }

    /// <summary>Gets or sets the page size (<c>page[limit]</c>, 1 to 200; APS default 200).</summary>
    public int? PageLimit { get; set; }
}

/// <summary>Options of <see cref="DataManagementClient.ListFolderContentsAsync"/>.</summary>
public sealed class DmFolderContentsOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the filter (<c>filter[type]</c>, <c>filter[extension.type]</c>, <c>filter[lastModifiedTimeRollup]</c>, ...).</summary>
    public DmFilter? Filter { get; set; }

    /// <summary>Gets or sets the page to start from (<c>page[number]</c>, 0-based).</summary>
    public int? PageNumber { get; set; }

    /// <summary>Gets or sets the page size (<c>page[limit]</c>, 1 to 200).</summary>
    public int? PageLimit { get; set; }

    /// <summary>Gets or sets whether hidden (deleted) folders and items are listed too (<c>includeHidden</c>).</summary>
    public bool? IncludeHidden { get; set; }
}

/// <summary>Options of <see cref="DataManagementClient.ListTopFoldersAsync"/>.</summary>
public sealed class DmTopFoldersOptions : ApsRequestOptions
{
    /// <summary>Gets or sets whether deleted folders are left out (<c>excludeDeleted</c>).</summary>
    public bool? ExcludeDeleted { get; set; }

    /// <summary>Gets or sets whether only the Project Files folder and its children are listed (<c>projectFilesOnly</c>, BIM 360 Docs).</summary>
    public bool? ProjectFilesOnly { get; set; }
}

/// <summary>Options of <see cref="DataManagementClient.SearchFolderAsync"/>.</summary>
public sealed class DmSearchOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the filter (any <c>filter[&lt;attribute&gt;]</c> with operators).</summary>
    public DmFilter? Filter { get; set; }

    /// <summary>Gets or sets the page to start from (<c>page[number]</c>; search takes no page size).</summary>
    public int? PageNumber { get; set; }
}

/// <summary>Options of <see cref="DataManagementClient.GetItemAsync"/>.</summary>
public sealed class DmGetItemOptions : ApsRequestOptions
{
    /// <summary>Gets or sets whether the item's path in the project is returned (<c>includePathInProject</c>).</summary>
    public bool? IncludePathInProject { get; set; }
}

/// <summary>Options of <see cref="DataManagementClient.CreateItemAsync"/> and <see cref="DataManagementClient.CreateVersionAsync"/>.</summary>
public sealed class DmCreateOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the version to copy (<c>copyFrom</c>) instead of uploaded storage.</summary>
    public VersionId? CopyFrom { get; set; }
}

/// <summary>What <see cref="DataManagementClient.WalkFolderAsync"/> yields.</summary>
[Flags]
public enum DmWalkTypes
{
    /// <summary>Folders.</summary>
    Folders = 1,

    /// <summary>Items (files).</summary>
    Items = 2,

    /// <summary>Folders and items.</summary>
    All = Folders | Items,
}

/// <summary>Options of <see cref="DataManagementClient.WalkFolderAsync"/>.</summary>
public sealed class DmWalkOptions : ApsRequestOptions
{
    /// <summary>Gets or sets how deep to go: 1 lists the folder's own contents; <see langword="null"/> walks the whole tree.</summary>
    public int? MaxDepth { get; set; }

    /// <summary>Gets or sets what to yield; folders are walked into either way.</summary>
    public DmWalkTypes Types { get; set; } = DmWalkTypes.All;

    /// <summary>Gets or sets whether hidden (deleted) folders and items are walked too.</summary>
    public bool IncludeHidden { get; set; }

    /// <summary>Gets or sets the page size of each folder listing (1 to 200).</summary>
    public int? PageLimit { get; set; }
}

/// <summary>Options of the upload helpers (<see cref="DataManagementClient.UploadFileAsync"/>, <see cref="DataManagementClient.UploadNewVersionAsync"/>).</summary>
public sealed class DmUploadOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the item extension type; <c>items:autodesk.core:File</c> by default (BIM 360 and ACC: <c>items:autodesk.bim360:File</c>).</summary>
    public string ItemExtensionType { get; set; } = DmRequests.CoreFileItem;

    /// <summary>Gets or sets the version extension type; <c>versions:autodesk.core:File</c> by default (BIM 360 and ACC: <c>versions:autodesk.bim360:File</c>).</summary>
    public string VersionExtensionType { get; set; } = DmRequests.CoreFileVersion;

    /// <summary>Gets or sets the progress of the byte transfer.</summary>
    public IProgress<OssTransferProgress>? Progress { get; set; }

    /// <summary>Gets or sets the part size of the OSS upload.</summary>
    public int PartSize { get; set; } = OssTransferLimits.DefaultPartSize;

    /// <summary>Gets or sets how many parts are uploaded at once.</summary>
    public int MaxConcurrency { get; set; } = OssTransferLimits.DefaultConcurrency;

    /// <summary>Gets or sets the content type stored with the object.</summary>
    public string? ContentType { get; set; }
}

/// <summary>Options of <see cref="DataManagementClient.DownloadVersionAsync"/>.</summary>
public sealed class DmDownloadOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the progress of the byte transfer.</summary>
    public IProgress<OssTransferProgress>? Progress { get; set; }

    /// <summary>Gets or sets the part size of the ranged download.</summary>
    public int PartSize { get; set; } = OssTransferLimits.DefaultPartSize;

    /// <summary>Gets or sets how many ranges are downloaded at once.</summary>
    public int MaxConcurrency { get; set; } = OssTransferLimits.DefaultConcurrency;

    /// <summary>Gets or sets whether the SHA-1 OSS reports is checked.</summary>
    public bool VerifySha1 { get; set; } = true;
}
