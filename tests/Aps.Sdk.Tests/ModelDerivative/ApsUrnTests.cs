using System.Text.Json;
using Aps.Sdk.ModelDerivative;
using Aps.Sdk.Oss;

namespace Aps.Sdk.Tests.ModelDerivatives;

/// <summary>The Model Derivative URN: URL-safe Base64 without padding of a source URN, and back.</summary>
public sealed class ApsUrnTests
{
    [Fact]
    public void Encodes_an_object_id_url_safe_without_padding_like_the_seed_examples()
    {
        // 003:L277 is the derivatives id of urn:adsk.wipstg:fs.file:vf.6bVr4EVDSaOpykczeQYR2Q?version=1.
        var urn = ApsUrn.FromSourceUrn("urn:adsk.wipstg:fs.file:vf.6bVr4EVDSaOpykczeQYR2Q?version=1");

        urn.Value.Should().Be("dXJuOmFkc2sud2lwc3RnOmZzLmZpbGU6dmYuNmJWcjRFVkRTYU9weWtjemVRWVIyUT92ZXJzaW9uPTE");
        urn.ToString().Should().Be(urn.Value);
        urn.SourceUrn.Should().Be("urn:adsk.wipstg:fs.file:vf.6bVr4EVDSaOpykczeQYR2Q?version=1");
    }

    [Fact]
    public void Uses_dash_and_underscore_never_plus_slash_or_equals()
    {
        // Bytes chosen so standard Base64 would contain '+', '/' and '=' padding.
        var urn = ApsUrn.FromObjectId(new OssObjectId("bucket", "a~~~?>>>.obj"));

        urn.Value.Should().NotContainAny("+", "/", "=");
        urn.Value.Should().Contain("-").And.Contain("_");
        ApsUrn.Parse(urn.Value).Should().Be(urn);
        urn.TryGetObjectId(out var id).Should().BeTrue();
        id.Should().Be(new OssObjectId("bucket", "a~~~?>>>.obj"));
    }

    [Fact]
    public void Parses_with_or_without_padding_and_round_trips()
    {
        var withPadding = ApsUrn.Parse("dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6YnVja2V0L2EudHh0");
        var urn = ApsUrn.FromSourceUrn("urn:adsk.objects:os.object:bucket/a.txt");

        urn.Value.Should().Be("dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6YnVja2V0L2EudHh0");
        ApsUrn.Parse("dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6YnVja2V0L2EudHh0").Should().Be(urn);
        ApsUrn.Parse(ApsUrn.FromSourceUrn("urn:x:y").Value + "=").SourceUrn.Should().Be("urn:x:y");
        withPadding.SourceUrn.Should().Be("urn:adsk.objects:os.object:bucket/a.txt");
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("   ", "required")]
    [InlineData("urn:adsk.objects:os.object:bucket/a.txt", "raw URN")]
    [InlineData("dXJu+mFkc2s/", "standard Base64")]
    [InlineData("aGVsbG8gd29ybGQ", "not URL-safe Base64 of a URN")]
    [InlineData("dXJuOmFk!!", "not URL-safe Base64")]
    public void Parse_rejects_what_is_not_an_encoded_urn_with_a_clear_message(string value, string message)
    {
        FluentActions.Invoking(() => ApsUrn.Parse(value)).Should().Throw<ArgumentException>().WithMessage($"*{message}*");
        ApsUrn.TryParse(value, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("bucket/a.txt", "starts with 'urn:'")]
    [InlineData("dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6YnVja2V0L2EudHh0", "already encoded")]
    [InlineData("urn:", "not a usable URN")]
    [InlineData("urn:a\nb", "not a usable URN")]
    public void From_source_urn_rejects_what_is_not_a_urn(string value, string message)
        => FluentActions.Invoking(() => ApsUrn.FromSourceUrn(value)).Should().Throw<ArgumentException>().WithMessage($"*{message}*");

    [Fact]
    public void Default_is_empty_and_refused_by_the_helpers()
    {
        default(ApsUrn).IsEmpty.Should().BeTrue();
        FluentActions.Invoking(() => ModelDerivativeJob.Create(default, ModelDerivativeOutputFormat.Svf2())).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => ApsUrn.FromObjectId(default)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Serializes_as_its_encoded_string()
    {
        var job = ModelDerivativeJob.Create(ApsUrn.FromSourceUrn("urn:adsk.objects:os.object:b/c.obj"), ModelDerivativeOutputFormat.Obj());

        var json = JsonSerializer.Serialize(job, ModelDerivativeJsonContext.Default.ModelDerivativeJob);

        json.Should().Be("""{"input":{"urn":"dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6Yi9jLm9iag"},"output":{"formats":[{"type":"obj"}]}}""");
        JsonSerializer.Deserialize(json, ModelDerivativeJsonContext.Default.ModelDerivativeJob)!.Input.Urn.SourceUrn.Should().Be("urn:adsk.objects:os.object:b/c.obj");
    }
}
