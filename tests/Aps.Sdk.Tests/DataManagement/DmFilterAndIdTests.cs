using Aps.Sdk.DataManagement;

namespace Aps.Sdk.Tests.Dm;

public sealed class DmFilterAndIdTests
{
    [Fact]
    public void Filter_writes_fields_operators_and_alternatives()
    {
        var filter = new DmFilter()
            .ByType("folders", "items")
            .ByLastModifiedTime(DmFilterOperator.LessThan, new DateTimeOffset(2024, 1, 2, 4, 0, 0, TimeSpan.FromHours(1)))
            .ByName(DmFilterOperator.StartsWith, "Tow")
            .ByVersionNumber(DmFilterOperator.GreaterThanOrEqual, 3)
            .Raw("filter[attributes.fileType]-ends", "rvt");

        filter.Parameters.Should().Equal(
            new KeyValuePair<string, string>("filter[type]", "folders,items"),
            new KeyValuePair<string, string>("filter[lastModifiedTime]-lt", "2024-01-02T03:00:00.000Z"),
            new KeyValuePair<string, string>("filter[name]-starts", "Tow"),
            new KeyValuePair<string, string>("filter[versionNumber]-ge", "3"),
            new KeyValuePair<string, string>("filter[attributes.fileType]-ends", "rvt"));
    }

    [Fact]
    public void Filter_refuses_blank_values_and_bracketed_fields()
    {
        ((Action)(() => new DmFilter().ByType())).Should().Throw<ArgumentException>();
        ((Action)(() => new DmFilter().Where("filter[type]", DmFilterOperator.EqualTo, "items"))).Should().Throw<ArgumentException>();
        ((Action)(() => new DmFilter().ById("a", " "))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Version_id_splits_lineage_and_number_and_derives_the_item()
    {
        var id = VersionId.Parse("urn:adsk.wipprod:fs.file:vf.d34fdsg3g?version=12");

        id.LineageUrn.Should().Be("urn:adsk.wipprod:fs.file:vf.d34fdsg3g");
        id.VersionNumber.Should().Be(12);
        id.TryGetItemId(out var item).Should().BeTrue();
        item.Should().Be(new ItemId("urn:adsk.wipprod:dm.lineage:d34fdsg3g"));
        new VersionId("urn:other:x").TryGetItemId(out _).Should().BeFalse();
        new VersionId("urn:other:x").VersionNumber.Should().BeNull();
    }

    [Fact]
    public void Urn_ids_refuse_blank_encoded_or_spaced_values()
    {
        FolderId.TryParse("urn%3Aadsk.wipprod%3Afs.folder%3Ax", out _).Should().BeFalse();
        ItemId.TryParse(" ", out _).Should().BeFalse();
        VersionId.TryParse("urn:a b", out _).Should().BeFalse();
        default(FolderId).IsEmpty.Should().BeTrue();
        default(FolderId).ToString().Should().BeEmpty();
        ((Func<string>)(() => default(ItemId).Value)).Should().Throw<InvalidOperationException>();
    }
}
