using Aps.Sdk.Oss;

namespace Aps.Sdk.Tests.Oss;

/// <summary><c>urn:adsk.objects:os.object:{bucketKey}/{objectKey}</c> (endpoints.md 2.6).</summary>
public sealed class OssObjectIdTests
{
    [Fact]
    public void Parses_the_storage_id_of_seed_003()
    {
        var id = OssObjectId.Parse("urn:adsk.objects:os.object:wip.dm.prod/977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt");

        id.BucketKey.Should().Be("wip.dm.prod");
        id.ObjectKey.Should().Be("977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt");
        id.ToString().Should().Be("urn:adsk.objects:os.object:wip.dm.prod/977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt");
    }

    [Fact]
    public void The_object_key_is_everything_after_the_first_slash()
    {
        var id = OssObjectId.Parse("urn:adsk.objects:os.object:apptestbucket/models/house design.rvt");

        id.BucketKey.Should().Be("apptestbucket");
        id.ObjectKey.Should().Be("models/house design.rvt");
    }

    [Fact]
    public void Formats_and_round_trips()
    {
        var id = new OssObjectId("apptestbucket", "a/b?c.txt");

        id.ToString().Should().Be("urn:adsk.objects:os.object:apptestbucket/a/b?c.txt");
        OssObjectId.Parse(id.ToString()).Should().Be(id);
        (id == new OssObjectId("apptestbucket", "a/b?c.txt")).Should().BeTrue();
        (id != new OssObjectId("apptestbucket", "other")).Should().BeTrue();
        default(OssObjectId).IsEmpty.Should().BeTrue();
        default(OssObjectId).ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("urn:adsk.wipprod:fs.file:vf.abc?version=1")]
    [InlineData("urn:adsk.objects:os.object:")]
    [InlineData("urn:adsk.objects:os.object:bucketonly")]
    [InlineData("urn:adsk.objects:os.object:/key")]
    [InlineData("urn:adsk.objects:os.object:bucket/")]
    [InlineData("urn:adsk.objects:os.object:Upper.Case/key")]
    [InlineData("urn:adsk.objects:os.object:ab/key")]
    public void Refuses_what_is_not_an_object_id(string? text)
    {
        OssObjectId.TryParse(text, out var id).Should().BeFalse();
        id.IsEmpty.Should().BeTrue();
        if (text is not null)
        {
            var act = () => OssObjectId.Parse(text);
            act.Should().Throw<FormatException>();
        }
    }

    [Fact]
    public void The_constructor_checks_the_keys()
    {
        var badBucket = () => new OssObjectId("AB", "key");
        var emptyKey = () => new OssObjectId("bucket", string.Empty);

        badBucket.Should().Throw<ArgumentException>();
        emptyKey.Should().Throw<ArgumentException>();
    }
}
