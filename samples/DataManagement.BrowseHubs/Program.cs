// Browse Data Management hubs → projects → folders → files, upload a file and download it back.
// Runs against the in-process APS emulator (no credentials needed), seeded with a small project.
using System.Text;
using Aps.Sdk;
using Aps.Sdk.DataManagement;
using Aps.Sdk.Testing;

await using var emulator = await ApsEmulator.StartAsync();
var seed = emulator.DataManagement;
var hubId = seed.AddHub("Contoso", region: "EMEA");
var (projectId, rootId) = seed.AddProject(hubId, "Tower");
var plans = seed.AddFolder(projectId, rootId, "Plans");
var level1 = seed.AddFolder(projectId, plans, "Level 1");
seed.AddFile(projectId, plans, "site.pdf", "%PDF-1.7 site plan"u8);
seed.AddFile(projectId, level1, "level-1.dwg", "AC1032 level 1"u8);

using var aps = emulator.CreateClient();
var dm = aps.DataManagement;

await foreach (var hub in dm.ListHubsAsync())
{
    Console.WriteLine($"Hub {hub.Attributes?.Name} ({hub.Id}), region {hub.Attributes?.Region}");
    await foreach (var project in dm.ListProjectsAsync(hub.Id!))
    {
        Console.WriteLine($"  Project {project.Attributes?.Name}");
        await foreach (var top in dm.ListTopFoldersAsync(hub.Id!, project.Id!))
        {
            Console.WriteLine($"    {top.Attributes?.Name}/");
            await foreach (var entry in dm.WalkFolderAsync(project.Id!, top.Id!))
            {
                var indent = new string(' ', 4 + (2 * entry.Depth));
                var suffix = entry.Resource.IsFolder ? "/" : $"  v{entry.TipVersionAttributes?.VersionNumber}, {entry.TipVersionAttributes?.StorageSize} bytes";
                Console.WriteLine($"{indent}{entry.Resource.Attributes?.DisplayName}{suffix}");
            }
        }
    }
}

// Upload a new file into Plans (storage → OSS transfer → item), then a second version of it.
var content = Encoding.UTF8.GetBytes("Issued for construction, revision A");
var uploaded = await dm.UploadFileAsync(projectId, plans, "notes.txt", new MemoryStream(content));
Console.WriteLine($"Uploaded {uploaded.ItemId} as version {uploaded.VersionNumber}");
var revised = await dm.UploadNewVersionAsync(projectId, uploaded.ItemId, "notes.txt", new MemoryStream(Encoding.UTF8.GetBytes("Issued for construction, revision B")));
Console.WriteLine($"New version {revised.VersionNumber}: {revised.VersionId}");

// Download the tip version back (version id escaped as one path segment; ranged parallel download).
var destination = new MemoryStream();
var download = await dm.DownloadVersionAsync(projectId, revised.VersionId, destination);
Console.WriteLine($"Downloaded {download.Bytes} bytes: \"{Encoding.UTF8.GetString(destination.ToArray())}\"");
