using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;
using static Aps.Sdk.Tests.Paging.PagingTestKit;

namespace Aps.Sdk.Tests.Paging;

/// <summary>The lenient readers APS payloads need: numbers as strings, empty strings, loose booleans and timestamps, extensible regions.</summary>
public sealed class LenientJsonTests
{
    private static TestLenientModel Read(string json) => JsonSerializer.Deserialize(json, PagingJsonContext.Default.TestLenientModel)!;

    private static T ReadWith<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), JsonSerializerOptions.Default)!;
    }

    [Theory]
    [InlineData("""{"count":"42"}""", 42)]
    [InlineData("""{"count":42}""", 42)]
    [InlineData("""{"count":"-7"}""", -7)]
    public void DeclaredNumbers_AreReadFromStrings(string json, int expected)
        => Read(json).Count.Should().Be(expected);

    [Theory]
    [InlineData("12", 12L)]
    [InlineData("\"12\"", 12L)]
    [InlineData("12.0", 12L)]
    [InlineData("12.7", 12L)]
    [InlineData("\"3.0\"", 3L)]
    [InlineData("1e3", 1000L)]
    [InlineData("-5", -5L)]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("\"\"", null)]
    [InlineData("\"  \"", null)]
    [InlineData("null", null)]
    [InlineData("\"n/a\"", null)]
    [InlineData("{}", null)]
    [InlineData("[1]", null)]
    public void LenientInt64(string value, long? expected)
    {
        Read($$"""{"size":{{value}},"count":1}""").Size.Should().Be(expected);
        ReadWith(new LenientInt64Converter(), value).Should().Be(expected);
    }

    [Fact]
    public void LenientInt64_SkipsAStructureWithoutLosingTheRestOfTheObject()
    {
        var model = Read("""{"size":{"a":[1,2]},"count":3,"flag":true}""");

        model.Size.Should().BeNull();
        model.Count.Should().Be(3);
        model.Flag.Should().BeTrue();
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"False\"", false)]
    [InlineData("\" TRUE \"", true)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"yes\"", true)]
    [InlineData("\"no\"", false)]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    [InlineData("\"maybe\"", null)]
    public void LenientBoolean(string value, bool? expected)
    {
        Read($$"""{"flag":{{value}}}""").Flag.Should().Be(expected);
        ReadWith(new LenientBooleanConverter(), value).Should().Be(expected);
    }

    public static TheoryData<string, DateTimeOffset?> Timestamps => new()
    {
        { "\"2020-05-01T06:00:00.000Z\"", new DateTimeOffset(2020, 5, 1, 6, 0, 0, TimeSpan.Zero) },
        { "\"2019-01-20T12:14:27.615127+00:00\"", new DateTimeOffset(2019, 1, 20, 12, 14, 27, TimeSpan.Zero).AddTicks(6151270) },
        { "\"2021-03-14T10:20:33+02:00\"", new DateTimeOffset(2021, 3, 14, 8, 20, 33, TimeSpan.Zero) },
        { "\"2021-03-14T10:20:33-05:30\"", new DateTimeOffset(2021, 3, 14, 15, 50, 33, TimeSpan.Zero) },
        { "\"2017-09-14T17:04:10.444+0000\"", new DateTimeOffset(2017, 9, 14, 17, 4, 10, 444, TimeSpan.Zero) },
        { "\"2021-03-14T10:20:33\"", new DateTimeOffset(2021, 3, 14, 10, 20, 33, TimeSpan.Zero) },
        { "\"2021-03-14T10:20:33.5\"", new DateTimeOffset(2021, 3, 14, 10, 20, 33, 500, TimeSpan.Zero) },
        { "1463785697", new DateTimeOffset(2016, 5, 20, 23, 8, 17, TimeSpan.Zero) },
        { "\"1463785697\"", new DateTimeOffset(2016, 5, 20, 23, 8, 17, TimeSpan.Zero) },
        { "1463785697128", new DateTimeOffset(2016, 5, 20, 23, 8, 17, 128, TimeSpan.Zero) },
        { "\"1463785697128\"", new DateTimeOffset(2016, 5, 20, 23, 8, 17, 128, TimeSpan.Zero) },
        { "\"\"", null },
        { "null", null },
        { "\"not a date\"", null },
    };

    [Theory]
    [MemberData(nameof(Timestamps))]
    public void LenientDateTimeOffset(string value, DateTimeOffset? expected)
    {
        var read = Read($$"""{"at":{{value}}}""").At;

        read.Should().Be(expected);
        if (read is { } at)
        {
            at.Offset.Should().Be(TimeSpan.Zero, "times are normalised to UTC");
        }

        ReadWith(new LenientDateTimeOffsetConverter(), value).Should().Be(expected);
    }

    [Fact]
    public void LenientDateTimeOffset_ZonelessPhotosTimesAreUtc_WhateverTheLocalZone()
    {
        // photos:filter example: createdAt "2021-03-14T10:20:33" without a zone.
        using var page = JsonDocument.Parse(Fixture("photos-filter-next-post.json"));
        var createdAt = page.RootElement.GetProperty("results")[0].GetProperty("createdAt").GetRawText();

        var read = Read($$"""{"at":{{createdAt}}}""").At;

        read.Should().Be(new DateTimeOffset(2021, 3, 14, 10, 20, 33, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("123", "123")]
    [InlineData("1.50", "1.50")]
    [InlineData("true", "true")]
    [InlineData("null", null)]
    [InlineData("""{"a":1}""", """{"a":1}""")]
    public void LenientString(string value, string? expected)
        => Read($$"""{"text":{{value}}}""").Text.Should().Be(expected);

    [Theory]
    [InlineData("\"EMEA\"", "EMEA")]
    [InlineData("\"emea\"", "emea")]
    [InlineData("\"MARS-1\"", "MARS-1")]
    [InlineData("\"\"", "")]
    [InlineData("\"   \"", "")]
    [InlineData("null", "")]
    [InlineData("5", "5")]
    public void Region_ThroughTheExtensibleValueConverter_KeepsUnknownValues(string value, string expected)
    {
        var region = Read($$"""{"region":{{value}}}""").Region;

        region.Value.Should().Be(expected);
        region.IsEmpty.Should().Be(expected.Length == 0);
        ReadWith(new ExtensibleValueConverter<ApsRegion>(), value).Value.Should().Be(expected);
    }

    [Fact]
    public void Region_KnownValuesCompareCaseInsensitively_AndUnknownValuesRoundTrip()
    {
        var model = Read("""{"region":"emea","regions":["US","eu-north-9",""]}""");

        model.Region.Should().Be(ApsRegion.EMEA);
        (model.Region == ApsRegion.EMEA).Should().BeTrue();
        model.Regions.Should().Equal(ApsRegion.US, new ApsRegion("EU-NORTH-9"), default(ApsRegion));

        var written = JsonSerializer.Serialize(new TestLenientModel { Region = new ApsRegion("MARS-1") }, PagingJsonContext.Default.TestLenientModel);
        written.Should().Contain("\"region\":\"MARS-1\"");
        JsonSerializer.Serialize(new TestLenientModel(), PagingJsonContext.Default.TestLenientModel).Should().Contain("\"region\":null");
    }

    [Fact]
    public void Region_ReadingAnObject_FailsAsJson()
    {
        var act = () => Read("""{"region":{"name":"US"}}""");

        act.Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("EU", "EMEA")]
    [InlineData("eu", "EMEA")]
    [InlineData(" EMEA ", "EMEA")]
    [InlineData("AU", "AUS")]
    [InlineData("us", "US")]
    [InlineData("apac", "APAC")]
    [InlineData("mars-1", "MARS-1")]
    public void Region_Parse_AcceptsAliases(string text, string expected)
    {
        var region = ApsRegion.Parse(text);

        region.Value.Should().Be(expected);
        ApsRegion.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(region);
    }

    [Fact]
    public void Region_Equality_IsCaseInsensitive_AndDefaultIsEmpty()
    {
        var lower = new ApsRegion("emea");

        lower.Should().Be(ApsRegion.EMEA);
        (lower == ApsRegion.EMEA).Should().BeTrue();
        (lower != ApsRegion.US).Should().BeTrue();
        lower.GetHashCode().Should().Be(ApsRegion.EMEA.GetHashCode());
        new HashSet<ApsRegion> { ApsRegion.EMEA, lower, "Emea" }.Should().ContainSingle();
        ApsRegion.Parse("EU").Should().Be(ApsRegion.EMEA);
        default(ApsRegion).IsEmpty.Should().BeTrue();
        default(ApsRegion).Value.Should().BeEmpty();
        ApsRegion.TryParse("", out var none).Should().BeFalse();
        none.IsEmpty.Should().BeTrue();
        var empty = () => ApsRegion.Parse("  ");
        empty.Should().Throw<ArgumentException>();
    }
}
