using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Aps.Sdk.Authentication;
using Aps.Sdk.Testing.Emulator.Oss;
using Aps.Sdk.Testing.Emulator.Storage;

namespace Aps.Sdk.Testing.Emulator.ModelDerivative;

/// <summary>
/// Model Derivative: formats, jobs over objects of the emulator's OSS (pending → inprogress → success or failed over
/// the emulator's clock), references, manifest, delete, thumbnail, model views, object tree and properties (202
/// until extracted), <c>properties:query</c>, signed cookies and an emulated CDN that checks them, HEAD and direct download.
/// </summary>
internal sealed class ModelDerivativeModule : IEmulatorModule
{
    private const string Base = "/modelderivative/v2/designdata";
    private static readonly string[] Regions = ["US", "EMEA", "AUS", "CAN", "DEU", "IND", "JPN", "GBR"];
    private static readonly string[] OutputTypes = ["svf", "svf2", "thumbnail", "stl", "step", "iges", "obj", "ifc", "dwg", "fbx"];
    private static readonly string[] JobScopes = [ApsScopes.DataWrite, ApsScopes.DataCreate];
    private readonly EmulatorContext _context;

    public ModelDerivativeModule(EmulatorContext context)
    {
        _context = context;
    }

    private ModelDerivativeStore Store => ModelDerivativeStore.For(_context);

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapGet(Base + "/formats", FormatsAsync).Scopes(ApsScopes.DataRead);
        routes.MapPost(Base + "/job", JobAsync).Scopes(JobScopes);
        routes.MapPost(Base + "/{urn}/references", ReferencesAsync).Scopes(JobScopes);
        routes.MapGet(Base + "/{urn}/manifest", ManifestAsync).Scopes(ApsScopes.DataRead, ApsScopes.ViewablesRead);
        routes.MapDelete(Base + "/{urn}/manifest", DeleteAsync).Scopes(EmulatorScopes.DataWrite);
        routes.MapGet(Base + "/{urn}/thumbnail", ThumbnailAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(Base + "/{urn}/metadata", ModelViewsAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(Base + "/{urn}/metadata/{modelGuid}", ObjectTreeAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(Base + "/{urn}/metadata/{modelGuid}/properties", PropertiesAsync).Scopes(ApsScopes.DataRead);
        routes.MapPost(Base + "/{urn}/metadata/{modelGuid}/properties:query", QueryAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(Base + "/{urn}/manifest/{derivativeUrn}/signedcookies", SignedCookiesAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(Base + "/{urn}/manifest/{derivativeUrn}", DirectDownloadAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet("/emulator/cdn/modelderivative/{urn}/{derivativeUrn}", CdnAsync).Anonymous().Transfer();
    }

    private static string RegionOf(EmulatorRequest request)
    {
        var region = request.Header("region") ?? "US";
        if (!Regions.Contains(region, StringComparer.OrdinalIgnoreCase))
        {
            throw Error(400, $"The region '{region}' is not one of {string.Join(", ", Regions)}.");
        }

        return region.ToUpperInvariant();
    }

    private static EmulatorError Error(int status, string message) => EmulatorError.Custom(status, new JsonObject { ["diagnostic"] = message });

    private Translation Require(EmulatorRequest request)
    {
        var region = RegionOf(request);
        var translation = Store.Find(request["urn"]);
        if (translation is null || !string.Equals(translation.Region, region, StringComparison.Ordinal))
        {
            throw Error(404, $"No manifest for '{request["urn"]}' in region {region}.");
        }

        return translation;
    }

    private Task FormatsAsync(EmulatorRequest request)
    {
        var sources = new JsonArray("obj", "stl", "step", "stp", "iges", "igs", "fbx", "rvt", "dwg", "ifc", "nwd", "f3d", "ipt", "iam", "zip");
        var formats = new JsonObject
        {
            ["svf"] = sources.DeepClone(),
            ["svf2"] = sources.DeepClone(),
            ["thumbnail"] = sources.DeepClone(),
            ["obj"] = new JsonArray("f3d", "fbx", "iam", "ipt", "step", "stp", "obj"),
            ["stl"] = new JsonArray("f3d", "fbx", "iam", "ipt"),
            ["step"] = new JsonArray("f3d", "fbx", "iam", "ipt"),
            ["iges"] = new JsonArray("f3d", "fbx", "iam", "ipt"),
            ["ifc"] = new JsonArray("rvt"),
            ["dwg"] = new JsonArray("rvt", "f2d", "f3d"),
        };
        request.Response.Headers.LastModified = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToString("R", CultureInfo.InvariantCulture);
        return request.JsonAsync(new JsonObject { ["formats"] = formats });
    }

    private async Task JobAsync(EmulatorRequest request)
    {
        var region = RegionOf(request);
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        var urn = body["input"]?["urn"]?.GetValue<string>();
        if (string.IsNullOrEmpty(urn) || !ApsUrnText.TryDecode(urn, out var sourceUrn))
        {
            throw Error(400, "input.urn must be the URL-safe Base64 of the source URN.");
        }

        if (urn.Contains('=', StringComparison.Ordinal))
        {
            throw Error(400, "input.urn must not be padded.");
        }

        var formats = body["output"]?["formats"] as JsonArray;
        if (formats is null || formats.Count == 0)
        {
            throw Error(400, "output.formats must list at least one format.");
        }

        var types = new List<string>();
        foreach (var format in formats)
        {
            var type = format?["type"]?.GetValue<string>()?.ToLowerInvariant();
            if (type is null || !OutputTypes.Contains(type, StringComparer.Ordinal))
            {
                throw Error(400, $"'{type}' is not an output type ({string.Join(", ", OutputTypes)}).");
            }

            types.Add(type);
        }

        var source = ModelDerivativeStore.FindSource(_context, sourceUrn) ?? throw Error(404, $"The source design '{sourceUrn}' does not exist in OSS.");
        var force = string.Equals(request.Header("x-ads-force"), "true", StringComparison.OrdinalIgnoreCase);
        var existing = Store.Find(urn);
        if (!force && existing is not null && existing.Region == region && existing.StatusAt(_context.Now).Status == "success"
            && types.All(t => existing.OutputTypes.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            await request.JsonAsync(new JsonObject { ["result"] = "created", ["urn"] = urn, ["acceptedJobs"] = new JsonObject { ["output"] = body["output"]!.DeepClone() } }, 201).ConfigureAwait(false);
            return;
        }

        var bytes = await source.Content.ToArrayAsync(request.Aborted).ConfigureAwait(false);
        var fileName = source.ObjectKey.Split('/')[^1];
        var outputs = existing is not null && !force && existing.Region == region ? existing.OutputTypes.Union(types, StringComparer.OrdinalIgnoreCase).ToList() : types;
        Store.Put(new Translation
        {
            Urn = urn,
            SourceUrn = sourceUrn,
            FileName = fileName,
            Region = region,
            OutputTypes = outputs,
            StartedAt = _context.Now,
            Duration = Store.TranslationDuration,
            ExtractionDelay = Store.ExtractionDelay,
            FailureMessage = Store.TakeFailure(),
            Source = bytes,
            ModelGuid = ModelDerivativeStore.StableGuid(urn + "/view"),
            Objects = ModelDerivativeStore.ReadObjObjects(fileName, bytes, urn),
            Files = ModelDerivativeStore.MakeFiles(urn, fileName, bytes, outputs),
        });
        await request.JsonAsync(new JsonObject { ["result"] = "success", ["urn"] = urn, ["acceptedJobs"] = new JsonObject { ["output"] = body["output"]!.DeepClone() } }).ConfigureAwait(false);
    }

    private async Task ReferencesAsync(EmulatorRequest request)
    {
        RegionOf(request);
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        if (body["references"] is not JsonArray { Count: > 0 } references || references.Any(r => string.IsNullOrEmpty(r?["urn"]?.GetValue<string>())))
        {
            throw Error(400, "references must list at least one file, each with its urn.");
        }

        await request.JsonAsync(new JsonObject { ["result"] = "success", ["urn"] = request["urn"] }).ConfigureAwait(false);
    }

    private Task ManifestAsync(EmulatorRequest request)
    {
        var translation = Require(request);
        return request.JsonAsync(Manifest(translation, _context.Now));
    }

    private Task DeleteAsync(EmulatorRequest request)
    {
        RegionOf(request);
        Store.Remove(request["urn"]);
        return request.JsonAsync(new JsonObject { ["result"] = "success" });
    }

    private Task ThumbnailAsync(EmulatorRequest request)
    {
        var translation = Require(request);
        var width = request.QueryInt("width", 100, 400);
        var height = request.QueryInt("height", 100, 400);
        if (width is not (null or 100 or 200 or 400) || height is not (null or 100 or 200 or 400))
        {
            throw Error(400, "width and height must be 100, 200 or 400.");
        }

        var (status, _) = translation.StatusAt(_context.Now);
        if (status != "success")
        {
            throw Error(404, "The thumbnail is not available yet.");
        }

        var size = width ?? height ?? 200;
        request.Response.Headers["x-ads-name"] = $"preview{size / 100}.png";
        request.Response.Headers["x-ads-size"] = $"[{size},{size}]";
        request.Response.Headers["x-ads-role"] = "rendered";
        request.Response.Headers["x-ads-job-status"] = status;
        return BlobResponder.ServeAsync(request.Http, BlobStore.FromBytes(ModelDerivativeStore.Png), new BlobResponder.ContentHeaders("image/png", null, null, null, "thumb", translation.StartedAt), () => Error(416, "Range not satisfiable."));
    }

    private Task ModelViewsAsync(EmulatorRequest request)
    {
        var translation = Require(request);
        var views = new JsonArray();
        if (translation.StatusAt(_context.Now).Status == "success" && translation.OutputTypes.Any(t => t is "svf" or "svf2"))
        {
            views.Add(new JsonObject { ["name"] = translation.FileName, ["role"] = "3d", ["guid"] = translation.ModelGuid });
        }

        return request.JsonAsync(new JsonObject { ["data"] = new JsonObject { ["type"] = "metadata", ["metadata"] = views } });
    }

    private Translation RequireModel(EmulatorRequest request)
    {
        var translation = Require(request);
        if (!string.Equals(request["modelGuid"], translation.ModelGuid, StringComparison.OrdinalIgnoreCase)
            || translation.StatusAt(_context.Now).Status != "success")
        {
            throw Error(404, $"No model view '{request["modelGuid"]}'.");
        }

        return translation;
    }

    private Task ObjectTreeAsync(EmulatorRequest request)
    {
        var translation = RequireModel(request);
        if (!translation.PropertiesReady(_context.Now))
        {
            return request.JsonAsync(new JsonObject { ["result"] = "success" }, 202);
        }

        var root = translation.Objects[0];
        var parentId = request.Query("objectid") is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : root.ObjectId;
        JsonObject Node(ModelObject o) => new()
        {
            ["objectid"] = o.ObjectId,
            ["name"] = o.Name,
            ["objects"] = new JsonArray([.. translation.Objects.Where(c => c.ParentId == o.ObjectId).Select(c => (JsonNode)Node(c))]),
        };

        var start = translation.Objects.FirstOrDefault(o => o.ObjectId == parentId) ?? throw Error(404, $"No object {parentId}.");
        return request.JsonAsync(new JsonObject { ["data"] = new JsonObject { ["type"] = "objects", ["objects"] = new JsonArray(Node(start)) } });
    }

    private static JsonObject Properties(ModelObject o, string fileName) => new()
    {
        ["objectid"] = o.ObjectId,
        ["name"] = o.Name,
        ["externalId"] = o.ExternalId,
        ["properties"] = new JsonObject
        {
            ["Name"] = o.Name,
            ["Item"] = new JsonObject
            {
                ["Source File"] = fileName,
                ["Vertices"] = o.Vertices.ToString(CultureInfo.InvariantCulture),
                ["Faces"] = o.Faces.ToString(CultureInfo.InvariantCulture),
            },
        },
    };

    private Task PropertiesAsync(EmulatorRequest request)
    {
        var translation = RequireModel(request);
        if (!translation.PropertiesReady(_context.Now))
        {
            return request.JsonAsync(new JsonObject { ["result"] = "success" }, 202);
        }

        var objectId = request.Query("objectid") is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : (long?)null;
        var collection = new JsonArray([.. translation.Objects.Where(o => objectId is null || o.ObjectId == objectId).Select(o => (JsonNode)Properties(o, translation.FileName))]);
        return request.JsonAsync(new JsonObject { ["data"] = new JsonObject { ["type"] = "properties", ["collection"] = collection } });
    }

    private async Task QueryAsync(EmulatorRequest request)
    {
        var translation = RequireModel(request);
        var body = await request.ReadJsonObjectAsync(required: false).ConfigureAwait(false);
        if (!translation.PropertiesReady(_context.Now))
        {
            await request.JsonAsync(new JsonObject { ["result"] = "success" }, 202).ConfigureAwait(false);
            return;
        }

        var offset = body["pagination"]?["offset"]?.GetValue<int>() ?? 0;
        var limit = body["pagination"]?["limit"]?.GetValue<int>() ?? 20;
        if (offset < 0 || limit is < 1 or > 1000)
        {
            throw Error(400, "pagination.offset must be >= 0 and pagination.limit 1 to 1000.");
        }

        IEnumerable<ModelObject> matches = translation.Objects;
        if (body["query"] is JsonObject query)
        {
            if (query["$in"] is JsonArray { Count: > 1 } inArray)
            {
                var attribute = inArray[0]!.GetValue<string>();
                var values = inArray.Skip(1).Select(v => v!.ToJsonString().Trim('"')).ToHashSet(StringComparer.Ordinal);
                matches = matches.Where(o => values.Contains(attribute == "externalId" ? o.ExternalId : o.ObjectId.ToString(CultureInfo.InvariantCulture)));
            }
            else if (query["$prefix"] is JsonArray { Count: 2 } prefix)
            {
                var start = prefix[1]!.GetValue<string>();
                matches = matches.Where(o => o.Name.StartsWith(start, StringComparison.OrdinalIgnoreCase));
            }
            else if (query["$contains"] is JsonArray { Count: 2 } contains)
            {
                var words = contains[1]!.GetValue<string>();
                matches = matches.Where(o => o.Name.Contains(words, StringComparison.OrdinalIgnoreCase));
            }
        }

        var all = matches.ToList();
        var page = new JsonArray([.. all.Skip(offset).Take(limit).Select(o => (JsonNode)Properties(o, translation.FileName))]);
        await request.JsonAsync(new JsonObject
        {
            ["pagination"] = new JsonObject { ["limit"] = limit, ["offset"] = offset, ["totalResults"] = all.Count },
            ["data"] = new JsonObject { ["type"] = "properties", ["collection"] = page },
        }).ConfigureAwait(false);
    }

    private DerivativeFile RequireFile(Translation translation, string derivativeUrn)
        => translation.StatusAt(_context.Now).Status == "success" || translation.FailureMessage is not null
            ? translation.Files.FirstOrDefault(f => f.Urn == derivativeUrn && translation.FailureMessage is null) ?? throw Error(404, $"No derivative '{derivativeUrn}'.")
            : throw Error(404, $"No derivative '{derivativeUrn}' yet.");

    private Task SignedCookiesAsync(EmulatorRequest request)
    {
        var translation = Require(request);
        var derivativeUrn = request["derivativeUrn"];
        var file = RequireFile(translation, derivativeUrn);
        var minutes = request.QueryInt("minutes-expiration", 1, 359) ?? 360;
        var disposition = request.Query("response-content-disposition");
        if (disposition is not null && !disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
        {
            throw Error(400, "response-content-disposition must start with 'attachment'.");
        }

        var expires = _context.Now.AddMinutes(minutes);
        var token = Store.Grant(translation.Urn, derivativeUrn, expires);
        var url = new StringBuilder(_context.BaseUrl).Append("/emulator/cdn/modelderivative/").Append(Uri.EscapeDataString(translation.Urn))
            .Append('/').Append(Uri.EscapeDataString(derivativeUrn)).ToString();
        request.Response.Headers.SetCookie = new Microsoft.Extensions.Primitives.StringValues(
        [
            "CloudFront-Policy=emulated-policy-" + token[..8] + "; Path=/; HttpOnly",
            "CloudFront-Key-Pair-Id=EMULATORKEYPAIR; Path=/; HttpOnly",
            "CloudFront-Signature=" + token + "; Path=/; HttpOnly",
        ]);
        return request.JsonAsync(new JsonObject
        {
            ["etag"] = ETagOf(file),
            ["size"] = file.Content.Length,
            ["url"] = url,
            ["content-type"] = file.Mime,
            ["expiration"] = expires.ToUnixTimeMilliseconds(),
        });
    }

    private Task CdnAsync(EmulatorRequest request)
    {
        var cookies = request.Request.Cookies;
        var signature = cookies["CloudFront-Signature"];
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(cookies["CloudFront-Policy"]) || string.IsNullOrEmpty(cookies["CloudFront-Key-Pair-Id"])
            || !Store.IsGranted(signature, request["urn"], request["derivativeUrn"], _context.Now))
        {
            throw EmulatorError.S3(403, "AccessDenied", "Missing, invalid or expired CloudFront signed cookies.");
        }

        var translation = Store.Find(request["urn"]) ?? throw EmulatorError.S3(404, "NoSuchKey", "The derivative no longer exists.");
        var file = translation.Files.FirstOrDefault(f => f.Urn == request["derivativeUrn"]) ?? throw EmulatorError.S3(404, "NoSuchKey", "The derivative no longer exists.");
        return Serve(request, file, translation);
    }

    private Task DirectDownloadAsync(EmulatorRequest request)
    {
        var translation = Require(request);
        if (translation.StatusAt(_context.Now).Status is "pending" or "inprogress")
        {
            return request.JsonAsync(new JsonObject { ["result"] = "processing" }, 202);
        }

        return Serve(request, RequireFile(translation, request["derivativeUrn"]), translation);
    }

    private static Task Serve(EmulatorRequest request, DerivativeFile file, Translation translation)
        => BlobResponder.ServeAsync(
            request.Http,
            BlobStore.FromBytes(file.Content),
            new BlobResponder.ContentHeaders(file.Mime, "attachment; filename=\"" + file.Name + "\"", null, null, ETagOf(file), translation.StartedAt),
            () => EmulatorError.S3(416, "InvalidRange", "The requested range is not satisfiable."));

    private static string ETagOf(DerivativeFile file) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(file.Content).AsSpan(0, 16)).ToLowerInvariant();

    private static JsonObject Manifest(Translation translation, DateTimeOffset now)
    {
        var (status, percent) = translation.StatusAt(now);
        var progress = status is "success" or "failed" ? "complete" : percent + "% complete";
        var done = status == "success";
        var derivatives = new JsonArray();
        foreach (var type in translation.OutputTypes)
        {
            var derivative = new JsonObject
            {
                ["name"] = translation.FileName,
                ["hasThumbnail"] = done ? "true" : "false",
                ["progress"] = progress,
                ["outputType"] = type,
                ["status"] = status,
            };
            if (status == "failed")
            {
                derivative["messages"] = new JsonArray(
                    new JsonObject { ["type"] = "error", ["code"] = "TranslationWorker-InternalFailure", ["message"] = translation.FailureMessage },
                    new JsonObject { ["type"] = "warning", ["code"] = "Emulator-Failure", ["message"] = new JsonArray("The failure was requested", "with ApsEmulatorModelDerivative.FailNextTranslation.") });
            }

            var children = new JsonArray();
            if (done)
            {
                var files = translation.Files.Where(f => Belongs(f, type)).ToList();
                if (type is "svf" or "svf2")
                {
                    var geometry = new JsonObject
                    {
                        ["guid"] = translation.ModelGuid,
                        ["type"] = "geometry",
                        ["role"] = "3d",
                        ["name"] = translation.FileName,
                        ["status"] = "success",
                        ["progress"] = "complete",
                        ["hasThumbnail"] = "true",
                        ["viewableID"] = translation.ModelGuid,
                    };
                    var inner = new JsonArray
                    {
                        new JsonObject { ["guid"] = ModelDerivativeStore.StableGuid(translation.Urn + "/3dview"), ["type"] = "view", ["role"] = "3d", ["name"] = "{3D}", ["status"] = "success", ["progress"] = "complete", ["camera"] = new JsonArray(10, 10, 10, 0, 0, 0, 0, 0, 1, 1, 0.7853, 1, 0) },
                        new JsonObject { ["guid"] = ModelDerivativeStore.StableGuid(translation.Urn + "/graphics/" + type), ["type"] = "resource", ["role"] = "graphics", ["mime"] = type == "svf2" ? "application/autodesk-svf2" : "application/autodesk-svf", ["status"] = "success" },
                    };
                    if (type == "svf")
                    {
                        ((JsonObject)inner[1]!)["urn"] = files.First(f => f.Role == "graphics").Urn;
                    }

                    foreach (var file in files.Where(f => f.Role == "thumbnail"))
                    {
                        inner.Add(Resource(translation, file));
                    }

                    geometry["children"] = inner;
                    foreach (var file in files.Where(f => f.Role == "Autodesk.CloudPlatform.PropertyDatabase"))
                    {
                        children.Add(Resource(translation, file));
                    }

                    children.Add(geometry);
                }
                else
                {
                    foreach (var file in files)
                    {
                        children.Add(Resource(translation, file));
                    }
                }
            }

            derivative["children"] = children;
            derivatives.Add(derivative);
        }

        return new JsonObject
        {
            ["type"] = "manifest",
            ["hasThumbnail"] = done ? "true" : "false",
            ["status"] = status,
            ["progress"] = progress,
            ["region"] = translation.Region,
            ["urn"] = translation.Urn,
            ["version"] = "1.0",
            ["derivatives"] = derivatives,
        };
    }

    private static bool Belongs(DerivativeFile file, string type) => type switch
    {
        "svf" => file.Urn.Contains("/output/1/", StringComparison.Ordinal) || (file.Role == "Autodesk.CloudPlatform.PropertyDatabase"),
        "svf2" => file.Urn.Contains("/output/Resource/", StringComparison.Ordinal),
        "thumbnail" => file.Urn.Contains("/output/preview", StringComparison.Ordinal),
        _ => string.Equals(file.Role, type, StringComparison.Ordinal),
    };

    private static JsonObject Resource(Translation translation, DerivativeFile file)
    {
        var resource = new JsonObject
        {
            ["guid"] = ModelDerivativeStore.StableGuid(file.Urn),
            ["type"] = "resource",
            ["role"] = file.Role,
            ["urn"] = file.Urn,
            ["mime"] = file.Mime,
            ["status"] = "success",
        };
        if (file.Size is { } size)
        {
            resource["resolution"] = new JsonArray(size, size);
        }

        _ = translation;
        return resource;
    }
}

/// <summary>Decodes the URL-safe Base64 URNs of the Model Derivative API.</summary>
internal static class ApsUrnText
{
    public static bool TryDecode(string encoded, out string source)
    {
        source = string.Empty;
        var trimmed = encoded.TrimEnd('=').Replace('-', '+').Replace('_', '/');
        trimmed += new string('=', (4 - (trimmed.Length % 4)) % 4);
        try
        {
            source = Encoding.UTF8.GetString(Convert.FromBase64String(trimmed));
        }
        catch (FormatException)
        {
            return false;
        }

        return source.StartsWith("urn:", StringComparison.Ordinal);
    }

    public static string Encode(string source) => Convert.ToBase64String(Encoding.UTF8.GetBytes(source)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
