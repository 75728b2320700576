using Aps.Sdk.Testing.Emulator;
using Aps.Sdk.Testing.Emulator.DataManagement;
using Aps.Sdk.Testing.Emulator.Storage;

namespace Aps.Sdk.Testing;

/// <summary>
/// Test helpers for the emulator's Data Management state: seed hubs, projects, folders and files (hubs → projects →
/// folders → items → versions) before the code under test runs. File bytes go to the emulator's OSS, bucket
/// <c>wip.dm.prod</c>, so version downloads and storage uploads work end to end. They act directly on the state (no
/// HTTP, no token, no faults).
/// </summary>
/// <example>
/// <code>
/// var hub = emulator.DataManagement.AddHub("Contoso");
/// var (project, root) = emulator.DataManagement.AddProject(hub, "Tower");
/// var plans = emulator.DataManagement.AddFolder(project, root, "Plans");
/// var (item, version) = emulator.DataManagement.AddFile(project, plans, "level-1.pdf", "%PDF-1.7"u8);
/// </code>
/// </example>
public sealed class ApsEmulatorDataManagement
{
    private readonly EmulatorContext _context;

    internal ApsEmulatorDataManagement(EmulatorContext context)
    {
        _context = context;
    }

    private DataManagementStore Store => DataManagementStore.For(_context);

    /// <summary>Adds a hub.</summary>
    /// <param name="name">The hub name.</param>
    /// <param name="region">The hub's <c>attributes.region</c>; <c>US</c> by default.</param>
    /// <param name="hubId">The id; a new <c>b.</c> id by default.</param>
    /// <returns>The hub id.</returns>
    /// <exception cref="ArgumentException">The name is blank or the id exists.</exception>
    public string AddHub(string name, string region = "US", string? hubId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        return Run(() => Store.AddHub(hubId, name, region).Id);
    }

    /// <summary>Adds a project, with its root folder.</summary>
    /// <param name="hubId">The hub.</param>
    /// <param name="name">The project name.</param>
    /// <param name="projectId">The id; a new <c>b.</c> id by default.</param>
    /// <returns>The project id and its root folder id (top folders are the root folder's sub-folders).</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="InvalidOperationException">The hub does not exist.</exception>
    public (string ProjectId, string RootFolderId) AddProject(string hubId, string name, string? projectId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var project = Run(() => Store.AddProject(hubId, projectId, name));
        return (project.Id, project.RootFolderId);
    }

    /// <summary>Adds a folder.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="parentFolderId">The parent folder (the root folder for a top folder).</param>
    /// <param name="name">The folder name.</param>
    /// <returns>The folder id.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="InvalidOperationException">The project or parent does not exist, or the name is taken.</exception>
    public string AddFolder(string projectId, string parentFolderId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Run(() => Store.AddFolder(projectId, parentFolderId, name).Id);
    }

    /// <summary>Adds a file: its bytes in OSS (<c>wip.dm.prod</c>), an item and its first version.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="content">The bytes (copied).</param>
    /// <returns>The item id and the version id (<c>...?version=1</c>).</returns>
    /// <exception cref="InvalidOperationException">The project or folder does not exist.</exception>
    public (string ItemId, string VersionId) AddFile(string projectId, string folderId, string fileName, ReadOnlySpan<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var blob = BlobStore.FromBytes(content);
        var item = Run(() => Store.AddItem(projectId, folderId, fileName, fileName, Store.PutSeedObject(fileName, blob), seeded: true));
        return (item.Id, item.Versions[^1].Id);
    }

    /// <summary>Adds a version of a file.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="fileName">The file name of the version.</param>
    /// <param name="content">The bytes (copied).</param>
    /// <returns>The version id.</returns>
    /// <exception cref="InvalidOperationException">The project or item does not exist.</exception>
    public string AddVersion(string projectId, string itemId, string fileName, ReadOnlySpan<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var blob = BlobStore.FromBytes(content);
        return Run(() => Store.AddVersion(projectId, itemId, fileName, Store.PutSeedObject(fileName, blob), seeded: true).Id);
    }

    /// <summary>Counts the versions of an item (to check what the code under test created).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item.</param>
    /// <returns>The number of versions.</returns>
    /// <exception cref="InvalidOperationException">The project or item does not exist.</exception>
    public int CountVersions(string projectId, string itemId)
        => Run(() =>
        {
            lock (Store.Sync)
            {
                return Store.Item(projectId, itemId).Versions.Count;
            }
        });

    private static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (EmulatorError error) when (error.Status == 400)
        {
            throw new ArgumentException(error.Message, error);
        }
        catch (EmulatorError error)
        {
            throw new InvalidOperationException(error.Message, error);
        }
    }
}
