using System.Security.Cryptography;
using Aps.Sdk.DataManagement;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.DataManagement;

/// <summary>Data Management through the real client against the emulator: browse, upload a new file, a new version, download.</summary>
public sealed class DataManagementEmulatorTests : IAsyncLifetime
{
    private ApsEmulator _emulator = null!;
    private string _hub = null!;
    private string _project = null!;
    private string _root = null!;
    private string _plans = null!;
    private string _specs = null!;
    private string _item = null!;
    private string _version = null!;
    private readonly byte[] _seedBytes = RandomNumberGenerator.GetBytes(300_000);

    public async Task InitializeAsync()
    {
        _emulator = await ApsEmulator.StartAsync();
        var dm = _emulator.DataManagement;
        _hub = dm.AddHub("Contoso EU", region: "EMEA");
        (_project, _root) = dm.AddProject(_hub, "Tower");
        _plans = dm.AddFolder(_project, _root, "Plans");
        _specs = dm.AddFolder(_project, _root, "Specs");
        var level = dm.AddFolder(_project, _plans, "Level 1");
        (_item, _version) = dm.AddFile(_project, _plans, "site.pdf", _seedBytes);
        dm.AddFile(_project, level, "a.dwg", "a"u8);
        dm.AddFile(_project, level, "b.dwg", "b"u8);
        dm.AddFile(_project, level, "c.dwg", "c"u8);
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Browse_hubs_projects_top_folders_contents_pages_and_the_tree()
    {
        using var aps = _emulator.CreateClient();
        var dm = aps.DataManagement;

        var hub = (await dm.ListHubsAsync().ToListAsync()).Single();
        hub.Id.Should().Be(_hub);
        hub.Attributes!.Name.Should().Be("Contoso EU");
        hub.Attributes.Region.Should().Be(ApsRegion.EMEA);

        var project = (await dm.ListProjectsAsync(_hub).ToListAsync()).Single();
        project.Attributes!.Name.Should().Be("Tower");
        var document = await dm.GetProjectAsync(_hub, project.Id!);
        document.Data!.GetRelated("rootFolder")!.Id.Should().Be(_root);

        var top = await dm.ListTopFoldersAsync(_hub, _project).ToListAsync();
        top.Select(f => f.Attributes!.Name).Should().Equal("Plans", "Specs");

        var level1 = (await dm.ListFolderContentsAsync(_project, _plans, new DmFolderContentsOptions { Filter = new DmFilter().ByType("folders") }).ToListAsync()).Single();
        var pages = await dm.ListFolderContentsAsync(_project, level1.Id!, new DmFolderContentsOptions { PageLimit = 2 }).AsPages().ToListAsync();
        pages.Should().HaveCount(2);
        pages.SelectMany(p => p.Values).Select(e => e.Attributes!.DisplayName).Should().Equal("a.dwg", "b.dwg", "c.dwg");
        pages[0].Included.Should().HaveCount(2, "each page includes the tip versions of its items");

        var tree = await dm.WalkFolderAsync(_project, _root).ToListAsync();
        tree.Select(e => (e.Path, e.Depth)).Should().Equal(
            ("Plans", 1), ("Plans/Level 1", 2), ("Plans/Level 1/a.dwg", 3), ("Plans/Level 1/b.dwg", 3), ("Plans/Level 1/c.dwg", 3), ("Plans/site.pdf", 2), ("Specs", 1));
        var files = await dm.WalkFolderAsync(_project, _root, new DmWalkOptions { Types = DmWalkTypes.Items, MaxDepth = 2 }).ToListAsync();
        var site = files.Should().ContainSingle().Subject;
        site.Path.Should().Be("Plans/site.pdf");
        site.TipVersionAttributes!.VersionNumber.Should().Be(1);
        site.TipVersionAttributes.StorageSize.Should().Be(_seedBytes.Length);
    }

    [Fact]
    public async Task Upload_a_new_file_then_read_it_back()
    {
        using var aps = _emulator.CreateClient();
        var dm = aps.DataManagement;
        var bytes = RandomNumberGenerator.GetBytes(1_500_000);
        var reports = new List<OssTransferProgress>();

        var result = await dm.UploadFileAsync(_project, _specs, "spec book.pdf", new MemoryStream(bytes), new DmUploadOptions { Progress = new SyncProgress<OssTransferProgress>(reports.Add) });

        result.VersionNumber.Should().Be(1);
        result.StorageId.BucketKey.Should().Be("wip.dm.prod");
        result.Transfer.Bytes.Should().Be(bytes.Length);
        reports.Should().NotBeEmpty();
        reports[^1].BytesTransferred.Should().Be(bytes.Length);
        var item = await dm.GetItemAsync(_project, result.ItemId);
        item.Data!.Attributes!.DisplayName.Should().Be("spec book.pdf");
        item.Data.GetRelated("parent")!.Id.Should().Be(_specs);
        item.Data.GetRelated("tip")!.Id.Should().Be(result.VersionId.Value);
        var downloaded = new MemoryStream();
        await dm.DownloadVersionAsync(_project, result.VersionId, downloaded);
        downloaded.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public async Task Upload_a_new_version_of_an_item()
    {
        using var aps = _emulator.CreateClient();
        var dm = aps.DataManagement;
        var bytes = RandomNumberGenerator.GetBytes(64_000);

        var result = await dm.UploadNewVersionAsync(_project, _item, "site.pdf", new MemoryStream(bytes));

        result.ItemId.Value.Should().Be(_item);
        result.VersionNumber.Should().Be(2);
        result.VersionId.VersionNumber.Should().Be(2);
        result.VersionId.TryGetItemId(out var itemId).Should().BeTrue();
        itemId.Value.Should().Be(_item);
        _emulator.DataManagement.CountVersions(_project, _item).Should().Be(2);
        var versions = await dm.ListItemVersionsAsync(_project, _item).ToListAsync();
        versions.Select(v => v.Attributes!.VersionNumber).Should().Equal(2, 1);
        var tip = await dm.GetItemTipAsync(_project, _item);
        tip.Data!.Id.Should().Be(result.VersionId.Value);
    }

    [Fact]
    public async Task Download_a_seeded_version_in_ranged_parts()
    {
        using var aps = _emulator.CreateClient();
        var destination = new MemoryStream();

        var result = await aps.DataManagement.DownloadVersionAsync(_project, _version, destination, new DmDownloadOptions { PartSize = 64 * 1024, MaxConcurrency = 3 });

        destination.ToArray().Should().Equal(_seedBytes);
        result.Bytes.Should().Be(_seedBytes.Length);
        result.PartCount.Should().BeGreaterThan(1);
    }

    [Fact]
    public async Task Unknown_folder_is_a_json_api_404_and_create_folder_conflicts_are_409()
    {
        using var aps = _emulator.CreateClient();
        var dm = aps.DataManagement;

        var missing = await ((Func<Task>)(() => dm.GetFolderAsync(_project, "urn:adsk.wipprod:fs.folder:co.nope"))).Should().ThrowAsync<ApsException>();
        missing.Which.StatusCode.Should().Be(404);
        missing.Which.ErrorCode.Should().Be("FOLDER_NOT_FOUND");

        var created = await dm.CreateFolderAsync(_project, DmRequests.CreateFolder("Issued", _plans));
        created.Data!.Attributes!.Name.Should().Be("Issued");
        (await dm.GetFolderParentAsync(_project, created.Data.Id!)).Data!.Id.Should().Be(_plans);
        var conflict = await ((Func<Task>)(() => dm.CreateFolderAsync(_project, DmRequests.CreateFolder("Issued", _plans)))).Should().ThrowAsync<ApsException>();
        conflict.Which.StatusCode.Should().Be(409);
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        private readonly object _gate = new();

        public void Report(T value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}

internal static class AsyncEnumerableExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
