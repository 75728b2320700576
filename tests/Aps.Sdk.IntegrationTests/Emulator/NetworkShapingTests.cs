using Aps.Sdk.Oss;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class NetworkShapingTests
{
    [Fact]
    public async Task Shaped_transfers_still_deliver_every_byte()
    {
        var options = new ApsEmulatorOptions
        {
            MinimumPartSize = 1024,
            Network = new EmulatedNetwork { BytesPerSecond = 50_000_000, Latency = TimeSpan.FromMilliseconds(1) },
        };
        await using var emulator = await ApsEmulator.StartAsync(options);
        emulator.Oss.CreateBucket("shaped");
        using var aps = emulator.CreateClient();
        var parts = new[] { EmulatorTestHelpers.RandomBytes(64 * 1024, 1), EmulatorTestHelpers.RandomBytes(10_000, 2) };

        var uploaded = await EmulatorTestHelpers.UploadAsync(aps, "shaped", "big.bin", parts);
        var url = (await aps.Oss.GetSignedS3DownloadUrlAsync("shaped", "big.bin")).Value!.Url;
        using var s3 = new HttpClient();
        var downloaded = await s3.GetByteArrayAsync(url);

        downloaded.Should().Equal(parts.SelectMany(p => p));
        uploaded.Sha1.Should().Be(EmulatorTestHelpers.Sha1Hex(downloaded));
    }

    [Fact]
    public async Task Objects_can_live_in_a_storage_directory_that_is_removed_on_dispose()
    {
        var root = Path.Combine(Path.GetTempPath(), "aps-emulator-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { MinimumPartSize = 1024, StorageDirectory = root });
            emulator.Oss.CreateBucket("on-disk");
            using (var aps = emulator.CreateClient())
            {
                var parts = new[] { EmulatorTestHelpers.RandomBytes(4096, 3), EmulatorTestHelpers.RandomBytes(100, 4) };
                await EmulatorTestHelpers.UploadAsync(aps, "on-disk", "file.bin", parts);
                Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Should().HaveCount(2);
                (await emulator.Oss.ReadObjectAsync("on-disk", "file.bin")).Should().Equal(parts.SelectMany(p => p));

                var url = (await aps.Oss.GetSignedS3DownloadUrlAsync("on-disk", "file.bin")).Value!.Url;
                using var s3 = new HttpClient();
                using var ranged = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new System.Net.Http.Headers.RangeHeaderValue(4000, 4149) } };
                using var response = await s3.SendAsync(ranged);
                (await response.Content.ReadAsByteArrayAsync()).Should().Equal(parts.SelectMany(p => p).Skip(4000).Take(150));
            }

            await emulator.DisposeAsync();
            Directory.EnumerateFileSystemEntries(root).Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
