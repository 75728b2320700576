// Model Derivative: translate and wait. Uploads a small OBJ model (a cube with a lid) that it writes itself,
// translates it to SVF2, thumbnails and OBJ, waits with progress (polling the manifest with backoff and a time
// limit), then reads the model views, the object tree and the properties, downloads a derivative through the signed
// cookies, and cleans up.
//
//   dotnet run --project samples/ModelDerivative.TranslateAndWait
//
// Without APS_CLIENT_ID and APS_CLIENT_SECRET it runs against the in-process APS emulator (Aps.Sdk.Testing); with
// them it runs against APS (APS_REGION optional) in a transient bucket.
using System.Security.Cryptography;
using Aps.Sdk;
using Aps.Sdk.ModelDerivative;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;

const string Model = """
    # Aps.Sdk sample: a box with a lid
    o Box
    v 0 0 0
    v 1 0 0
    v 1 1 0
    v 0 1 0
    v 0 0 1
    v 1 0 1
    v 1 1 1
    v 0 1 1
    f 1 4 3 2
    f 5 6 7 8
    f 1 2 6 5
    f 2 3 7 6
    f 3 4 8 7
    f 4 1 5 8
    o Lid
    v 0 0 1.1
    v 1 0 1.1
    v 1 1 1.1
    v 0 1 1.1
    f 9 10 11 12
    """;

var clientId = Environment.GetEnvironmentVariable("APS_CLIENT_ID");
var clientSecret = Environment.GetEnvironmentVariable("APS_CLIENT_SECRET");
var live = !string.IsNullOrWhiteSpace(clientId) && !string.IsNullOrWhiteSpace(clientSecret);

await using var emulator = live ? null : await ApsEmulator.StartAsync();
var options = emulator?.CreateOptions() ?? new ApsOptions
{
    ClientId = clientId,
    ClientSecret = clientSecret,
    DefaultRegion = Environment.GetEnvironmentVariable("APS_REGION") is { Length: > 0 } region ? ApsRegion.Parse(region) : (ApsRegion?)null,
};
options.ApplicationId = "Aps.Sdk.Samples.TranslateAndWait";
Console.WriteLine(emulator is null ? $"Running against APS at {options.BaseAddress}." : $"No credentials set: running against the APS emulator at {emulator.BaseAddress}.");

using var aps = new ApsClient(options);
var bucketKey = $"md-sample-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}";
const string objectKey = "box-with-lid.obj";
ApsUrn? urn = null;
try
{
    await aps.Oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = bucketKey, PolicyKey = OssPolicyKey.Transient });
    var file = Path.Combine(Path.GetTempPath(), $"{bucketKey}.obj");
    await File.WriteAllTextAsync(file, Model);
    var upload = await aps.Oss.Transfers.UploadAsync(bucketKey, objectKey, file);
    File.Delete(file);
    urn = ApsUrn.FromSourceUrn(upload.ObjectDetails.ObjectId!);
    Console.WriteLine($"Uploaded {upload.ObjectDetails.ObjectId}\n  URN {urn}");

    var job = ModelDerivativeJob.Create(urn.Value,
        ModelDerivativeOutputFormat.Svf2(ModelDerivativeViewType.ThreeD),
        ModelDerivativeOutputFormat.Thumbnail(200));
    var translation = await aps.ModelDerivative.StartTranslationAsync(job, new ModelDerivativeJobOptions
    {
        Force = true,
        Polling = new ApsPollingOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(15) },
    });
    Console.WriteLine("Translating...");
    ModelDerivativeManifest manifest;
    try
    {
        manifest = await translation.WaitForCompletionAsync(new ConsoleProgress(), CancellationToken.None);
    }
    catch (ModelDerivativeTranslationException failed)
    {
        Console.Error.WriteLine($"\nTranslation failed: {failed.Message}");
        return 1;
    }

    Console.WriteLine($"\nManifest: {manifest.Status}, {manifest.Derivatives.Count} derivative(s), thumbnail: {manifest.HasThumbnail}");
    foreach (var resource in manifest.FindByRole("thumbnail"))
    {
        Console.WriteLine($"  thumbnail {string.Join('x', resource.Resolution)} {resource.Urn}");
    }

    var views = await aps.ModelDerivative.GetModelViewsAsync(urn.Value);
    var view = views.Data!.Metadata.First(v => v.Role == ModelDerivativeViewType.ThreeD);
    Console.WriteLine($"Model view '{view.Name}' ({view.ModelGuid})");

    // The tree and properties can answer 202 while APS extracts them; the SDK asks again until they are ready.
    var tree = await aps.ModelDerivative.GetObjectTreeAsync(urn.Value, view.ModelGuid!, new ModelDerivativeObjectTreeOptions
    {
        Polling = new ApsPollingOptions { InitialDelay = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromMinutes(5) },
    });
    foreach (var node in tree.Data!.Objects)
    {
        Print(node, 1);
    }

    await foreach (var item in aps.ModelDerivative.QueryPropertiesAsync(urn.Value, view.ModelGuid!, new ModelDerivativePropertiesQueryOptions { PageSize = 50 }))
    {
        Console.WriteLine($"  #{item.ObjectId} {item.Name} ({item.ExternalId}): {item.Properties.Count} propert{(item.Properties.Count == 1 ? "y" : "ies")}");
    }

    var thumbnailFile = manifest.GetDownloadableFiles().FirstOrDefault(f => f.OutputType == ModelDerivativeOutputType.Thumbnail);
    if (thumbnailFile is not null)
    {
        using var png = new MemoryStream();
        var bytes = await aps.ModelDerivative.DownloadDerivativeToAsync(urn.Value, thumbnailFile.Urn, png);
        Console.WriteLine($"Downloaded {thumbnailFile.FileName} through the signed cookies: {bytes} bytes");
    }

    return 0;
}
catch (ApsException ex)
{
    Console.Error.WriteLine($"APS call failed: {ex.Message}");
    return 1;
}
finally
{
    try
    {
        if (urn is { } u)
        {
            await aps.ModelDerivative.DeleteManifestAsync(u);
            await aps.Oss.DeleteObjectAsync(bucketKey, objectKey);
        }

        await aps.Oss.DeleteBucketAsync(bucketKey);
    }
    catch (ApsException)
    {
        // Best effort: a transient bucket is removed by OSS within 24 hours anyway.
    }
}

static void Print(ModelDerivativeObjectNode node, int depth)
{
    Console.WriteLine($"{new string(' ', depth * 2)}#{node.ObjectId} {node.Name}");
    foreach (var child in node.Objects)
    {
        Print(child, depth + 1);
    }
}

/// <summary>Prints the translation's progress on one line.</summary>
internal sealed class ConsoleProgress : IProgress<TranslationProgress>
{
    public void Report(TranslationProgress value)
        => Console.Write($"\r  {value.Status} {value.PercentComplete?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "?"}%   ");
}
