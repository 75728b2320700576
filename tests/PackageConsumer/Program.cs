// What a NuGet user writes: the packages' public API only, against the in-process emulator.
using System.Text;
using Aps.Sdk;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;

await using var emulator = await ApsEmulator.StartAsync();
using var aps = emulator.CreateClient();

await aps.Oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = "package-consumer", PolicyKey = OssPolicyKey.Transient });
var content = Encoding.UTF8.GetBytes("hello from a NuGet consumer");
await aps.Oss.Transfers.UploadAsync("package-consumer", "hello.txt", new MemoryStream(content));

var keys = new List<string?>();
await foreach (var item in aps.Oss.ListObjectsAsync("package-consumer"))
{
    keys.Add(item.ObjectKey);
}

using var downloaded = new MemoryStream();
await aps.Oss.Transfers.DownloadAsync("package-consumer", "hello.txt", downloaded);

try
{
    await aps.Oss.GetBucketDetailsAsync("no-such-bucket");
    throw new InvalidOperationException("expected a 404");
}
catch (ApsException ex) when (ex.StatusCode == 404)
{
}

if (keys.Count != 1 || keys[0] != "hello.txt" || !downloaded.ToArray().AsSpan().SequenceEqual(content))
{
    Console.WriteLine("package consumer: FAILED");
    return 1;
}

Console.WriteLine($"package consumer: ok ({typeof(ApsClient).Assembly.GetName().Version}, {content.Length} bytes round-tripped)");
return 0;
