using Aps.Sdk.ModelDerivative;

namespace Aps.Sdk.AotSmoke;

/// <summary>Model Derivative: <see cref="ApsUrn"/> from a source URN, then the manifest (nested derivatives, extensible enums, lenient booleans).</summary>
internal sealed class ModelDerivativeSmoke : ISmokeCheck
{
    public string Name => "Model Derivative: ApsUrn + GetManifestAsync";

    public async Task RunAsync()
    {
        var urn = ApsUrn.FromSourceUrn("urn:adsk.objects:os.object:aot-bucket/house.rvt");
        Check.Equal("dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6YW90LWJ1Y2tldC9ob3VzZS5ydnQ", urn.Value, "URL-safe base64 without padding");
        Check.Equal(urn, ApsUrn.Parse(urn.Value), "parse round trip");

        var handler = new CannedHandler()
            .OnJson(HttpMethod.Get, "/modelderivative/v2/designdata/" + urn.Value + "/manifest", """
                {"urn":"dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6YW90LWJ1Y2tldC9ob3VzZS5ydnQ","type":"manifest","status":"success","progress":"complete","hasThumbnail":"true","region":"US","version":"1.0",
                 "derivatives":[{"name":"house.rvt","outputType":"svf2","status":"success","progress":"complete","hasThumbnail":"true",
                   "children":[{"guid":"g-3d","type":"geometry","role":"3d","name":"{3D}","status":"success"}]}],"futureField":true}
                """);
        using var client = handler.CreateClient();

        var manifest = await client.ModelDerivative.GetManifestAsync(urn).ConfigureAwait(false);
        Check.Equal(ModelDerivativeStatus.Success, manifest.Status, "status");
        Check.Equal(true, manifest.HasThumbnail, "string boolean read leniently");
        Check.Equal(1, manifest.Derivatives.Count, "derivatives");
        Check.Equal(ModelDerivativeOutputType.Svf2, manifest.Derivatives[0].OutputType, "output type");
        Check.Equal(1, manifest.Derivatives[0].Children.Count, "children");
        Check.That(manifest.AdditionalData is { } extra && extra.ContainsKey("futureField"), "unknown fields kept");
    }
}
