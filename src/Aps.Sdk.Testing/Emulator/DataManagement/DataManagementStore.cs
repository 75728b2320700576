using Aps.Sdk.Testing.Emulator.Oss;
using Aps.Sdk.Testing.Emulator.Storage;

namespace Aps.Sdk.Testing.Emulator.DataManagement;

internal sealed class DmHubState
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Region { get; init; }

    public List<string> Projects { get; } = [];
}

internal sealed class DmProjectState
{
    public required string Id { get; init; }

    public required string HubId { get; init; }

    public required string Name { get; init; }

    public required string RootFolderId { get; init; }
}

internal sealed class DmFolderState
{
    public required string Id { get; init; }

    public required string ProjectId { get; init; }

    public string? ParentId { get; init; }

    public required string Name { get; set; }

    public bool Hidden { get; set; }

    public required DateTimeOffset Created { get; init; }

    public DateTimeOffset Modified { get; set; }

    /// <summary>Sub-folder and item ids, in creation order.</summary>
    public List<string> Children { get; } = [];
}

internal sealed class DmItemState
{
    public required string Id { get; init; }

    public required string Lineage { get; init; }

    public required string ProjectId { get; init; }

    public required string FolderId { get; init; }

    public required string DisplayName { get; set; }

    public required DateTimeOffset Created { get; init; }

    public List<DmVersionState> Versions { get; } = [];
}

internal sealed class DmVersionState
{
    public required string Id { get; init; }

    public required string ItemId { get; init; }

    public required int Number { get; init; }

    public required string Name { get; init; }

    public required string BucketKey { get; init; }

    public required string ObjectKey { get; init; }

    public required long Size { get; init; }

    public required DateTimeOffset Created { get; init; }

    public string StorageId => $"urn:adsk.objects:os.object:{BucketKey}/{ObjectKey}";
}

/// <summary>
/// The emulated Data Management state: hubs → projects → folders → items → versions. Storage lives in the
/// emulator's OSS, bucket <see cref="StorageBucket"/>, like <c>wip.dm.prod</c> on APS.
/// </summary>
internal sealed class DataManagementStore
{
    public const string StorageBucket = "wip.dm.prod";

    private readonly EmulatorContext _context;
    private readonly object _lock = new();
    private readonly Dictionary<string, DmHubState> _hubs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DmProjectState> _projects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DmFolderState> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DmItemState> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DmVersionState> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _storage = new(StringComparer.Ordinal);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EmulatorContext, DataManagementStore> Stores = new();

    private DataManagementStore(EmulatorContext context)
    {
        _context = context;
    }

    /// <summary>The store of an emulator (one per emulator, created on first use; the context stays untouched).</summary>
    public static DataManagementStore For(EmulatorContext context) => Stores.GetValue(context, c => new DataManagementStore(c));

    public object Sync => _lock;

    public IReadOnlyCollection<DmHubState> Hubs => _hubs.Values;

    public DmHubState AddHub(string? id, string name, string region)
    {
        lock (_lock)
        {
            var hub = new DmHubState { Id = id ?? "b." + Guid.NewGuid().ToString("D"), Name = name, Region = region };
            if (!_hubs.TryAdd(hub.Id, hub))
            {
                throw EmulatorError.Reason(400, $"The hub '{hub.Id}' exists.");
            }

            return hub;
        }
    }

    public DmProjectState AddProject(string hubId, string? id, string name)
    {
        lock (_lock)
        {
            var hub = Hub(hubId);
            var projectId = id ?? "b." + Guid.NewGuid().ToString("D");
            var root = NewFolder(projectId, null, name + " root");
            var project = new DmProjectState { Id = projectId, HubId = hub.Id, Name = name, RootFolderId = root.Id };
            if (!_projects.TryAdd(project.Id, project))
            {
                throw EmulatorError.Reason(400, $"The project '{project.Id}' exists.");
            }

            hub.Projects.Add(project.Id);
            return project;
        }
    }

    public DmFolderState AddFolder(string projectId, string parentId, string name)
    {
        lock (_lock)
        {
            var parent = Folder(projectId, parentId);
            if (parent.Children.Select(c => _folders.GetValueOrDefault(c)).Any(f => f is not null && f.Name == name))
            {
                throw DmErrors.Error(409, "CONFLICT", $"A folder named '{name}' exists in the parent folder.");
            }

            var folder = NewFolder(projectId, parent.Id, name);
            parent.Children.Add(folder.Id);
            parent.Modified = _context.Now;
            return folder;
        }
    }

    public string CreateStorage(string projectId, string folderId, string name)
    {
        lock (_lock)
        {
            Folder(projectId, folderId);
            EnsureBucket();
            var extension = Path.GetExtension(name);
            var key = Guid.NewGuid().ToString("D") + extension;
            var id = $"urn:adsk.objects:os.object:{StorageBucket}/{key}";
            _storage[id] = folderId;
            return id;
        }
    }

    public void EnsureBucket()
    {
        try
        {
            _context.Oss.RequireBucket(StorageBucket);
        }
        catch (EmulatorError)
        {
            _context.Oss.CreateBucket(StorageBucket, "persistent", "US");
        }
    }

    public DmItemState AddItem(string projectId, string folderId, string displayName, string versionName, string storageId, bool seeded = false)
    {
        lock (_lock)
        {
            var folder = Folder(projectId, folderId);
            var lineage = Guid.NewGuid().ToString("N")[..22];
            var item = new DmItemState { Id = "urn:adsk.wipprod:dm.lineage:" + lineage, Lineage = lineage, ProjectId = projectId, FolderId = folder.Id, DisplayName = displayName, Created = _context.Now };
            _items.Add(item.Id, item);
            folder.Children.Add(item.Id);
            folder.Modified = _context.Now;
            AddVersionLocked(item, versionName, storageId, seeded);
            return item;
        }
    }

    public DmVersionState AddVersion(string projectId, string itemId, string name, string storageId, bool seeded = false)
    {
        lock (_lock)
        {
            return AddVersionLocked(Item(projectId, itemId), name, storageId, seeded);
        }
    }

    private DmVersionState AddVersionLocked(DmItemState item, string name, string storageId, bool seeded)
    {
        if (!seeded && !_storage.ContainsKey(storageId))
        {
            throw DmErrors.Error(400, "BAD_INPUT", $"The storage '{storageId}' was not created with POST storage in this project.");
        }

        var prefix = $"urn:adsk.objects:os.object:{StorageBucket}/";
        if (!storageId.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw DmErrors.Error(400, "BAD_INPUT", $"The storage id must be {prefix}<key>.");
        }

        var key = storageId[prefix.Length..];
        var stored = _context.Oss.FindObject(StorageBucket, key)
            ?? throw DmErrors.Error(400, "BAD_INPUT", $"Nothing was uploaded to '{storageId}'; upload the bytes to OSS before creating the item or version.");
        var number = item.Versions.Count + 1;
        var version = new DmVersionState
        {
            Id = $"urn:adsk.wipprod:fs.file:vf.{item.Lineage}?version={number}",
            ItemId = item.Id,
            Number = number,
            Name = name,
            BucketKey = StorageBucket,
            ObjectKey = key,
            Size = stored.Content.Length,
            Created = _context.Now,
        };
        item.Versions.Add(version);
        _versions.Add(version.Id, version);
        return version;
    }

    public string PutSeedObject(string fileName, Blob content)
    {
        EnsureBucket();
        var key = Guid.NewGuid().ToString("D") + Path.GetExtension(fileName);
        _context.Oss.PutObject(StorageBucket, key, content, new ObjectMetadata(null, null, null, null, null));
        return $"urn:adsk.objects:os.object:{StorageBucket}/{key}";
    }

    public DmHubState Hub(string hubId)
        => _hubs.GetValueOrDefault(hubId) ?? throw DmErrors.Error(404, "HUB_NOT_FOUND", $"Hub '{hubId}' not found.");

    public DmProjectState Project(string hubId, string projectId)
    {
        var project = Project(projectId);
        return project.HubId == hubId ? project : throw DmErrors.Error(404, "PROJECT_NOT_FOUND", $"Project '{projectId}' is not in hub '{hubId}'.");
    }

    public DmProjectState Project(string projectId)
        => _projects.GetValueOrDefault(projectId) ?? throw DmErrors.Error(404, "PROJECT_NOT_FOUND", $"Project '{projectId}' not found.");

    public DmFolderState Folder(string projectId, string folderId)
    {
        Project(projectId);
        var folder = _folders.GetValueOrDefault(folderId);
        return folder is not null && folder.ProjectId == projectId ? folder : throw DmErrors.Error(404, "FOLDER_NOT_FOUND", "ApiError Folder not found");
    }

    public DmItemState Item(string projectId, string itemId)
    {
        Project(projectId);
        var item = _items.GetValueOrDefault(itemId);
        return item is not null && item.ProjectId == projectId ? item : throw DmErrors.Error(404, "ITEM_NOT_FOUND", "ApiError Item not found");
    }

    public DmVersionState Version(string projectId, string versionId)
    {
        var version = _versions.GetValueOrDefault(versionId) ?? throw DmErrors.Error(404, "VERSION_NOT_FOUND", "ApiError Version not found");
        Item(projectId, version.ItemId);
        return version;
    }

    public string ProjectOfItem(string itemId) => _items[itemId].ProjectId;

    public object? Entry(string id) => (object?)_folders.GetValueOrDefault(id) ?? _items.GetValueOrDefault(id);

    private DmFolderState NewFolder(string projectId, string? parentId, string name)
    {
        var folder = new DmFolderState
        {
            Id = "urn:adsk.wipprod:fs.folder:co." + Guid.NewGuid().ToString("N")[..22],
            ProjectId = projectId,
            ParentId = parentId,
            Name = name,
            Created = _context.Now,
            Modified = _context.Now,
        };
        _folders.Add(folder.Id, folder);
        return folder;
    }
}
