// Aps.Sdk QuickStart: signs in to Autodesk Platform Services, creates a bucket, uploads a generated 20 MiB file in
// parallel parts with a progress line, lists the bucket, downloads the file back and verifies it, uploads a small OBJ
// cube it writes itself, translates it with the Model Derivative API (SVF2 + thumbnails), waits for the translation
// and reads the manifest, then cleans up.
//
//   dotnet run --project samples/QuickStart
//
// Without APS_CLIENT_ID and APS_CLIENT_SECRET it starts the in-process APS emulator from Aps.Sdk.Testing and runs the
// flow against it (real HTTP on loopback, the real SDK pipeline). With them set, it runs the same flow against APS,
// in a transient bucket (deleted by OSS after 24 hours anyway) whose key is derived from the client id.
using System.Diagnostics;
using System.Security.Cryptography;
using Aps.Sdk;
using Aps.Sdk.Authentication;
using Aps.Sdk.ModelDerivative;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;

const int FileSize = 20 * 1024 * 1024;
const string CubeObj = """
    # Aps.Sdk QuickStart: a unit cube
    o Cube
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
    """;

var clientId = Environment.GetEnvironmentVariable("APS_CLIENT_ID");
var clientSecret = Environment.GetEnvironmentVariable("APS_CLIENT_SECRET");
var live = !string.IsNullOrWhiteSpace(clientId) && !string.IsNullOrWhiteSpace(clientSecret);

await using var emulator = live ? null : await ApsEmulator.StartAsync();
ApsOptions options;
if (emulator is null)
{
    options = new ApsOptions
    {
        ClientId = clientId,
        ClientSecret = clientSecret,
        ApplicationId = "Aps.Sdk.QuickStart",
        DefaultRegion = Environment.GetEnvironmentVariable("APS_REGION") is { Length: > 0 } region ? ApsRegion.Parse(region) : (ApsRegion?)null,
    };
    Console.WriteLine($"Running against APS at {options.BaseAddress} (APS_CLIENT_ID is set).");
}
else
{
    options = emulator.CreateOptions();
    options.ApplicationId = "Aps.Sdk.QuickStart";
    Console.WriteLine($"No APS_CLIENT_ID / APS_CLIENT_SECRET set: running against the in-process APS emulator at {emulator.BaseAddress}.");
    Console.WriteLine("(Set both to run the same flow against real APS; see README.md.)");
}

Console.WriteLine();
using var aps = new ApsClient(options);
var work = Directory.CreateTempSubdirectory("aps-quickstart-");
var bucketKey = BucketKeyFor(options.ClientId!);
var objectKey = "quickstart/sample-20MiB.bin";
var modelKey = "quickstart/cube.obj";
ApsUrn? modelUrn = null;
var bucketCreated = false;
try
{
    Step("Signing in (2-legged token, client credentials)");
    var scopes = ApsScopes.Create(ApsScopes.BucketCreate, ApsScopes.BucketRead, ApsScopes.BucketDelete, ApsScopes.DataRead, ApsScopes.DataWrite, ApsScopes.DataCreate);
    var token = await aps.Authentication.GetTwoLeggedTokenAsync(scopes);
    Done($"token valid for {token.ExpiresIn} s, scopes: {token.Scope ?? scopes.Key}");

    Step($"Creating transient bucket '{bucketKey}'");
    var bucket = await aps.Oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = bucketKey, PolicyKey = OssPolicyKey.Transient });
    bucketCreated = true;
    Done($"policy {bucket.PolicyKey}");

    var source = Path.Combine(work.FullName, "upload.bin");
    Step($"Generating a {FileSize / (1024 * 1024)} MiB file of random bytes");
    await File.WriteAllBytesAsync(source, RandomNumberGenerator.GetBytes(FileSize));
    Done(source);

    Step($"Uploading it to '{objectKey}' (signed S3 multipart, parts in parallel)");
    var upload = await aps.Oss.Transfers.UploadAsync(bucketKey, objectKey, source, new OssUploadOptions
    {
        Progress = new ProgressLine(),
        ContentType = "application/octet-stream",
    });
    Console.WriteLine();
    Done($"{upload.PartCount} parts of {upload.PartSize / (1024 * 1024)} MiB in {upload.Elapsed.TotalSeconds:0.00} s ({Throughput(upload.Bytes, upload.Elapsed)}); object id {upload.ObjectDetails.ObjectId}");

    Step($"Listing bucket '{bucketKey}'");
    await foreach (var item in aps.Oss.ListObjectsAsync(bucketKey))
    {
        Console.WriteLine($"    {item.ObjectKey}  {item.Size:N0} bytes  sha1 {item.Sha1}");
    }

    var copy = Path.Combine(work.FullName, "download.bin");
    Step("Downloading it back (ranged GETs in parallel) and verifying");
    var download = await aps.Oss.Transfers.DownloadAsync(bucketKey, objectKey, copy, new OssDownloadOptions { Progress = new ProgressLine() });
    Console.WriteLine();
    var identical = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(copy))) == Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(source)));
    Done($"{download.Bytes:N0} bytes in {download.Elapsed.TotalSeconds:0.00} s ({Throughput(download.Bytes, download.Elapsed)}); " +
         $"SHA-1 checked by the SDK: {(download.Sha1Verified ? "yes" : "no (OSS sent none)")} in {download.HashingTime.TotalMilliseconds:0} ms; " +
         $"byte-identical to the source: {(identical ? "yes" : "NO")}");
    if (!identical)
    {
        return 1;
    }

    // A random file cannot be translated: write a small valid model (a unit cube in Wavefront OBJ) and translate it.
    var cube = Path.Combine(work.FullName, "cube.obj");
    Step($"Uploading an OBJ cube to '{modelKey}'");
    await File.WriteAllTextAsync(cube, CubeObj);
    var model = await aps.Oss.Transfers.UploadAsync(bucketKey, modelKey, cube, new OssUploadOptions { ContentType = "text/plain" });
    modelUrn = ApsUrn.FromSourceUrn(model.ObjectDetails.ObjectId!);
    Done($"object id {model.ObjectDetails.ObjectId}, URN {modelUrn}");

    Step("Translating it to SVF2 and thumbnails and waiting (the manifest is polled with backoff)");
    var translation = await aps.ModelDerivative.StartTranslationAsync(
        ModelDerivativeJob.Create(modelUrn.Value, ModelDerivativeOutputFormat.Svf2(ModelDerivativeViewType.ThreeD), ModelDerivativeOutputFormat.Thumbnail()),
        new ModelDerivativeJobOptions { Force = true, Polling = new ApsPollingOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(10) } });
    var manifest = await translation.WaitForCompletionAsync(new TranslationLine(), CancellationToken.None);
    Console.WriteLine();
    Done($"status {manifest.Status}, progress {manifest.Progress}");

    Step("Reading the manifest");
    foreach (var derivative in manifest.Derivatives)
    {
        Console.WriteLine($"    {derivative.OutputType,-10} {derivative.Status,-8} {derivative.Children.Count} resource(s)");
    }

    foreach (var file in manifest.GetDownloadableFiles())
    {
        Console.WriteLine($"    downloadable: {file.FileName} ({file.Resource.Mime}, role {file.Resource.Role})");
    }

    Step("Cleaning up (manifest, objects, then bucket)");
    await aps.ModelDerivative.DeleteManifestAsync(modelUrn.Value);
    await aps.Oss.DeleteObjectAsync(bucketKey, modelKey);
    await aps.Oss.DeleteObjectAsync(bucketKey, objectKey);
    await aps.Oss.DeleteBucketAsync(bucketKey);
    bucketCreated = false;
    Done("deleted");

    Console.WriteLine();
    Console.WriteLine("QuickStart finished. Next: docs/oss.md, docs/model-derivative.md, docs/authentication.md, docs/testing-your-code.md.");
    return 0;
}
catch (ApsException ex)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"APS call failed: {ex.Message}");
    return 1;
}
finally
{
    if (bucketCreated)
    {
        try
        {
            await aps.Oss.DeleteObjectAsync(bucketKey, objectKey);
            if (modelUrn is { } urn)
            {
                await aps.ModelDerivative.DeleteManifestAsync(urn);
                await aps.Oss.DeleteObjectAsync(bucketKey, modelKey);
            }
        }
        catch (ApsException)
        {
            // Best effort: a transient bucket is removed by OSS within 24 hours anyway.
        }
    }

    work.Delete(recursive: true);
}

static string BucketKeyFor(string clientId)
{
    // Bucket keys are global across all APS applications, and a deleted key is not free again at once: derive a
    // unique key from the client id plus a random suffix.
    var prefix = new string(clientId.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')).Take(24).ToArray());
    return $"{prefix}-quickstart-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";
}

static string Throughput(long bytes, TimeSpan elapsed)
    => elapsed <= TimeSpan.Zero ? "-" : $"{bytes / (1024.0 * 1024.0) / elapsed.TotalSeconds:0.0} MiB/s";

static void Step(string text) => Console.WriteLine($"- {text}...");

static void Done(string text) => Console.WriteLine($"  {text}");

/// <summary>Prints the translation's status and percentage on one updating line.</summary>
internal sealed class TranslationLine : IProgress<TranslationProgress>
{
    public void Report(TranslationProgress value) => Console.Write($"\r  {value.Status} {value.PercentComplete?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "?"}%   ");
}

/// <summary>Prints one updating progress line; reports can arrive on several threads, so only growth is printed.</summary>
internal sealed class ProgressLine : IProgress<OssTransferProgress>
{
    private readonly object _gate = new();
    private long _shown = -1;

    public void Report(OssTransferProgress value)
    {
        lock (_gate)
        {
            if (value.BytesTransferred <= _shown)
            {
                return;
            }

            _shown = value.BytesTransferred;
            var total = value.TotalBytes is { } t ? $"{t / (1024.0 * 1024.0):0.0}" : "?";
            Console.Write($"\r  {value.BytesTransferred / (1024.0 * 1024.0):0.0} / {total} MiB, {value.PartsCompleted}/{value.TotalParts?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} parts   ");
        }
    }
}
