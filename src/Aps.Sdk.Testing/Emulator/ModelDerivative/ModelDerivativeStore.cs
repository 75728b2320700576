using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Aps.Sdk.Testing.Emulator.Oss;

namespace Aps.Sdk.Testing.Emulator.ModelDerivative;

/// <summary>One derivative file: its URN, role, MIME type and bytes.</summary>
internal sealed record DerivativeFile(string Urn, string Role, string Mime, string Name, byte[] Content, int? Size = null);

/// <summary>One emulated object of a model (from the OBJ groups), with its id and external id.</summary>
internal sealed record ModelObject(long ObjectId, string Name, string ExternalId, long? ParentId, int Vertices, int Faces);

/// <summary>A translation: the source, the requested outputs, when it started and how it ends.</summary>
internal sealed class Translation
{
    public required string Urn { get; init; }

    public required string SourceUrn { get; init; }

    public required string FileName { get; init; }

    public required string Region { get; init; }

    public required IReadOnlyList<string> OutputTypes { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    public required TimeSpan ExtractionDelay { get; init; }

    public string? FailureMessage { get; init; }

    public required byte[] Source { get; init; }

    public required string ModelGuid { get; init; }

    public required IReadOnlyList<ModelObject> Objects { get; init; }

    public required IReadOnlyList<DerivativeFile> Files { get; init; }

    public (string Status, int Percent) StatusAt(DateTimeOffset now)
    {
        var elapsed = now - StartedAt;
        if (elapsed >= Duration)
        {
            return (FailureMessage is null ? "success" : "failed", 100);
        }

        if (elapsed < Duration / 10)
        {
            return ("pending", 0);
        }

        return ("inprogress", (int)Math.Clamp(elapsed.Ticks * 100 / Math.Max(1, Duration.Ticks), 1, 99));
    }

    public bool PropertiesReady(DateTimeOffset now) => now - StartedAt >= Duration + ExtractionDelay;
}

/// <summary>The emulator's Model Derivative state: translations by URN and signed-cookie grants. One per emulator.</summary>
internal sealed class ModelDerivativeStore
{
    private static readonly ConditionalWeakTable<EmulatorContext, ModelDerivativeStore> Stores = new();

    private readonly Dictionary<string, Translation> _translations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Urn, string DerivativeUrn, DateTimeOffset Expires)> _cookies = new(StringComparer.Ordinal);
    private readonly Queue<string> _failures = new();
    private readonly object _lock = new();

    public static ModelDerivativeStore For(EmulatorContext context) => Stores.GetValue(context, _ => new ModelDerivativeStore());

    public TimeSpan TranslationDuration { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan ExtractionDelay { get; set; } = TimeSpan.FromSeconds(1);

    public void FailNext(string message)
    {
        lock (_lock)
        {
            _failures.Enqueue(message);
        }
    }

    public string? TakeFailure()
    {
        lock (_lock)
        {
            return _failures.Count > 0 ? _failures.Dequeue() : null;
        }
    }

    public Translation? Find(string urn)
    {
        lock (_lock)
        {
            return _translations.GetValueOrDefault(urn);
        }
    }

    public void Put(Translation translation)
    {
        lock (_lock)
        {
            _translations[translation.Urn] = translation;
        }
    }

    public bool Remove(string urn)
    {
        lock (_lock)
        {
            return _translations.Remove(urn);
        }
    }

    public string Grant(string urn, string derivativeUrn, DateTimeOffset expires)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        lock (_lock)
        {
            _cookies[token] = (urn, derivativeUrn, expires);
        }

        return token;
    }

    public bool IsGranted(string token, string urn, string derivativeUrn, DateTimeOffset now)
    {
        lock (_lock)
        {
            return _cookies.TryGetValue(token, out var grant) && grant.Urn == urn && grant.DerivativeUrn == derivativeUrn && grant.Expires > now;
        }
    }

    /// <summary>A stable id from text (the model GUIDs and external ids of the emulator).</summary>
    public static string StableGuid(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    /// <summary>Reads the objects of an OBJ file: one per <c>o</c> or <c>g</c> name, with its vertex and face counts.</summary>
    public static List<ModelObject> ReadObjObjects(string fileName, byte[] source, string urn)
    {
        var objects = new List<ModelObject> { new(1, fileName, StableGuid(urn + "/root"), null, 0, 0) };
        string? current = null;
        int vertices = 0, faces = 0, totalVertices = 0, totalFaces = 0;
        void Flush()
        {
            if (current is not null)
            {
                objects.Add(new ModelObject(objects.Count + 1, current, StableGuid(urn + "/" + current), 1, vertices, faces));
            }
        }

        foreach (var raw in Encoding.UTF8.GetString(source).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("o ", StringComparison.Ordinal) || line.StartsWith("g ", StringComparison.Ordinal))
            {
                Flush();
                current = line[2..].Trim();
                vertices = faces = 0;
            }
            else if (line.StartsWith("v ", StringComparison.Ordinal))
            {
                vertices++;
                totalVertices++;
            }
            else if (line.StartsWith("f ", StringComparison.Ordinal))
            {
                faces++;
                totalFaces++;
            }
        }

        Flush();
        if (objects.Count == 1)
        {
            objects.Add(new ModelObject(2, Path.GetFileNameWithoutExtension(fileName), StableGuid(urn + "/body"), 1, totalVertices, totalFaces));
        }

        objects[0] = objects[0] with { Vertices = totalVertices, Faces = totalFaces };
        return objects;
    }

    /// <summary>A 1×1 PNG, the emulator's thumbnail.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>The files a translation produces for each requested output type.</summary>
    public static List<DerivativeFile> MakeFiles(string urn, string fileName, byte[] source, IReadOnlyList<string> outputTypes)
    {
        var prefix = "urn:adsk.viewing:fs.file:" + urn + "/output/";
        var baseName = Path.GetFileNameWithoutExtension(fileName);
        var files = new List<DerivativeFile>();
        foreach (var type in outputTypes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            switch (type.ToLowerInvariant())
            {
                case "svf":
                    files.Add(new(prefix + "1/" + baseName + ".svf", "graphics", "application/autodesk-svf", baseName + ".svf", Encoding.UTF8.GetBytes("SVF emulated " + urn)));
                    files.Add(new(prefix + "Resource/model.sdb", "Autodesk.CloudPlatform.PropertyDatabase", "application/autodesk-db", "model.sdb", Encoding.UTF8.GetBytes("SQLite format 3 (emulated)")));
                    files.Add(new(prefix + "1/" + baseName + "1.png", "thumbnail", "image/png", baseName + "1.png", Png, 100));
                    break;
                case "svf2":
                    files.Add(new(prefix + "Resource/model.sdb", "Autodesk.CloudPlatform.PropertyDatabase", "application/autodesk-db", "model.sdb", Encoding.UTF8.GetBytes("SQLite format 3 (emulated)")));
                    files.Add(new(prefix + "Resource/3D View/" + baseName + "/" + baseName + "1.png", "thumbnail", "image/png", baseName + "1.png", Png, 100));
                    break;
                case "thumbnail":
                    files.Add(new(prefix + "preview1.png", "thumbnail", "image/png", "preview1.png", Png, 100));
                    files.Add(new(prefix + "preview2.png", "thumbnail", "image/png", "preview2.png", Png, 200));
                    files.Add(new(prefix + "preview4.png", "thumbnail", "image/png", "preview4.png", Png, 400));
                    break;
                case "obj":
                    files.Add(new(prefix + "geometry/" + baseName + ".obj", "obj", "application/octet-stream", baseName + ".obj", source));
                    files.Add(new(prefix + "geometry/" + baseName + ".mtl", "obj", "application/octet-stream", baseName + ".mtl", Encoding.UTF8.GetBytes("newmtl default\nKd 0.8 0.8 0.8\n")));
                    break;
                case "stl":
                    files.Add(new(prefix + "geometry/" + baseName + ".stl", "stl", "application/octet-stream", baseName + ".stl", Encoding.UTF8.GetBytes("solid " + baseName + "\nendsolid " + baseName + "\n")));
                    break;
                default:
                    var extension = type.ToLowerInvariant();
                    files.Add(new(prefix + extension + "/" + baseName + "." + extension, extension, "application/octet-stream", baseName + "." + extension,
                        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{extension.ToUpperInvariant()} emulated from {fileName}\n"))));
                    break;
            }
        }

        return files;
    }

    internal static OssObject? FindSource(EmulatorContext context, string sourceUrn)
    {
        const string prefix = "urn:adsk.objects:os.object:";
        if (!sourceUrn.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = sourceUrn[prefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? null : context.Oss.FindObject(rest[..slash], rest[(slash + 1)..]);
    }
}
