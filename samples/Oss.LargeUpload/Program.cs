// Oss.LargeUpload: uploads a large file to OSS with the transfer manager, in parallel parts, saving a checkpoint
// after every part so an interrupted upload resumes where it stopped.
//
//   dotnet run --project samples/Oss.LargeUpload -- [file] [--part-size-mib 8] [--concurrency 8]
//
// With APS_CLIENT_ID and APS_CLIENT_SECRET set it uploads to real APS (bucket from APS_BUCKET, or a new transient
// one); press Ctrl+C during the upload and run the same command again: it resumes from <file>.aps-upload.json.
// Without credentials it runs against the in-process emulator and shows the same thing in one run: it cancels the
// upload at 40 %, reads the checkpoint back from disk and resumes, uploading only the missing parts.
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Aps.Sdk;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;

var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
var partSizeMiB = IntOption(args, "--part-size-mib", 8);
var concurrency = IntOption(args, "--concurrency", 8);

var clientId = Environment.GetEnvironmentVariable("APS_CLIENT_ID");
var clientSecret = Environment.GetEnvironmentVariable("APS_CLIENT_SECRET");
var live = !string.IsNullOrWhiteSpace(clientId) && !string.IsNullOrWhiteSpace(clientSecret);

await using var emulator = live ? null : await ApsEmulator.StartAsync();
var options = emulator?.CreateOptions() ?? new ApsOptions { ClientId = clientId, ClientSecret = clientSecret };
options.ApplicationId = "Aps.Sdk.Samples.LargeUpload";
using var aps = new ApsClient(options);

var generated = file is null;
file ??= await GenerateAsync(256);
var checkpointPath = file + ".aps-upload.json";
var bucketKey = Environment.GetEnvironmentVariable("APS_BUCKET") ?? await CreateBucketAsync(aps, options.ClientId!);
var objectKey = Path.GetFileName(file);
Console.WriteLine($"Uploading {file} ({new FileInfo(file).Length / (1024.0 * 1024.0):0.0} MiB) to {bucketKey}/{objectKey}, {partSizeMiB} MiB parts, {concurrency} at a time.");

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var uploadOptions = new OssUploadOptions
{
    PartSize = partSizeMiB * 1024 * 1024,
    MaxConcurrency = concurrency,
    // Saved after every finished part: whatever happens next, the upload can resume from here.
    CheckpointCallback = checkpoint => File.WriteAllText(checkpointPath, checkpoint.ToJson()),
    Progress = new ProgressLine(fraction =>
    {
        if (!live && fraction >= 0.4 && !cancel.IsCancellationRequested)
        {
            Console.WriteLine();
            Console.WriteLine("  (emulator run: simulating an interruption at 40 %)");
            cancel.Cancel();
        }
    }),
};

var stopwatch = Stopwatch.StartNew();
OssUploadResult result;
try
{
    result = File.Exists(checkpointPath)
        ? await ResumeAsync(aps, checkpointPath, file, uploadOptions, cancel.Token)
        : await aps.Oss.Transfers.UploadAsync(bucketKey, objectKey, file, uploadOptions, cancel.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine();
    Console.WriteLine($"Upload interrupted; checkpoint saved to {checkpointPath}.");
    if (live)
    {
        Console.WriteLine("Run the same command again to resume.");
        return 2;
    }

    uploadOptions.Progress = new ProgressLine(_ => { });
    result = await ResumeAsync(aps, checkpointPath, file, uploadOptions, CancellationToken.None);
}

Console.WriteLine();
File.Delete(checkpointPath);
Console.WriteLine($"Done in {stopwatch.Elapsed.TotalSeconds:0.0} s: {result.PartCount} parts ({result.PartsResumed} already uploaded before a resume), object {result.ObjectDetails.ObjectId}, sha1 {result.ObjectDetails.Sha1}.");
if (generated)
{
    File.Delete(file);
}

return 0;

static async Task<OssUploadResult> ResumeAsync(ApsClient aps, string checkpointPath, string file, OssUploadOptions options, CancellationToken cancellationToken)
{
    var checkpoint = OssUploadCheckpoint.FromJson(await File.ReadAllTextAsync(checkpointPath, cancellationToken));
    Console.WriteLine($"Resuming from {checkpointPath}: {checkpoint.CompletedParts.Count} part(s) already uploaded.");
    return await aps.Oss.Transfers.ResumeUploadAsync(checkpoint, file, options, cancellationToken);
}

static async Task<string> CreateBucketAsync(ApsClient aps, string clientId)
{
    var prefix = new string(clientId.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')).Take(24).ToArray());
    var key = $"{prefix}-large-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";
    await aps.Oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = key, PolicyKey = OssPolicyKey.Transient });
    return key;
}

static async Task<string> GenerateAsync(int mebibytes)
{
    var path = Path.Combine(Path.GetTempPath(), $"aps-large-upload-{mebibytes}MiB-{Guid.NewGuid():N}.bin");
    Console.WriteLine($"No file given: generating {mebibytes} MiB of random bytes at {path}.");
    await using var stream = File.Create(path);
    var buffer = new byte[1024 * 1024];
    for (var i = 0; i < mebibytes; i++)
    {
        RandomNumberGenerator.Fill(buffer);
        await stream.WriteAsync(buffer);
    }

    return path;
}

static int IntOption(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

/// <summary>One updating progress line; reports can come from several threads, so only growth is printed.</summary>
internal sealed class ProgressLine(Action<double> onFraction) : IProgress<OssTransferProgress>
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
            Console.Write($"\r  {value.BytesTransferred / (1024.0 * 1024.0):0.0} MiB, {value.PartsCompleted} part(s), {value.Fraction ?? 0:P0}   ");
        }

        if (value.Fraction is { } fraction)
        {
            onFraction(fraction);
        }
    }
}
