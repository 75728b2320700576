namespace Aps.Sdk.Tests.Acc.AutoSpecs;

public class AutoSpecsWireTests
{
    private const string Project = "06ca50d7-00ee-485e-a4b0-01ff3ffa7977";

    private static string Fixture(string name) => AccM2Wire.Fixture("AutoSpecs", name);

    [Fact]
    public async Task GetMetadata_strips_b_and_reads_the_seed_example()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("metadata.json"));

        var metadata = await aps.Construction.AutoSpecs.GetMetadataAsync("b." + Project);

        wire.Single.Method.Should().Be(HttpMethod.Get);
        wire.Single.PathAndQuery().Should().Be($"/construction/autospecs/v1/projects/{Project}/metadata");
        metadata.ProjectId.Should().Be(Project);
        metadata.Region.Should().Be("CANADA");
        metadata.Versions.Should().HaveCount(2);
        var current = metadata.Versions[0];
        current.Name.Should().Be("Issued For Construction");
        current.Status.Should().Be("Completed");
        current.CurrentVersion.Should().BeTrue();
        current.CreatedAt.Should().NotBeNull();
        current.UpdatedAt.Should().NotBeNull();
        current.Id.Should().Be("2268");
        current.AdditionalData.Should().BeNullOrEmpty();
        metadata.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListSmartRegister_uses_the_singular_version_segment_and_reads_every_field()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("smartregister.json"));

        var submittals = await aps.Construction.AutoSpecs.ListSmartRegisterAsync(Project, "2268").ToListAsync();

        wire.Single.PathAndQuery().Should().Be($"/construction/autospecs/v1/projects/{Project}/version/2268/smartregister");
        submittals.Should().HaveCount(3);
        var s = submittals[1];
        s.SubmittalsHeading.Should().Be("SOURCE QUALITY CONTROL");
        s.DivisionCode.Should().Be("03");
        s.DivisionName.Should().Be("Concrete");
        s.SpecNumber.Should().Be("03 20 00");
        s.SpecName.Should().Be("HEAD OFFICE RENEWAL");
        s.SubmittalDescription.Should().StartWith("Upon request");
        s.SpecCategory.Should().Be("Test Reports");
        s.TargetDate.Should().BeNull();
        s.UserNotes.Should().BeNull();
        s.ParaCode.Should().Be("2.3-.1");
        s.TargetGroup.Should().Be("QUALITY ASSURANCE");
        s.VersionName.Should().Be("Issued For Construction");
        s.SpecSubmittalNumber.Should().Be(0);
        s.SubmittalId.Should().Be("2");
        submittals.Should().OnlyContain(x => x.AdditionalData == null || x.AdditionalData.Count == 0);
    }

    [Fact]
    public async Task ListRequirements_reads_divisions_sections_and_groups()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("requirements.json"));

        var divisions = await aps.Construction.AutoSpecs.ListRequirementsAsync(Project, "2268").ToListAsync();

        wire.Single.PathAndQuery().Should().Be($"/construction/autospecs/v1/projects/{Project}/version/2268/requirements");
        divisions.Should().HaveCount(2);
        divisions[1].DivisionCode.Should().Be("03");
        divisions[1].DivisionName.Should().Be("Concrete");
        var section = divisions[1].SpecSections.Should().ContainSingle().Subject;
        section.SpecName.Should().Be("CONCRETE REINFORCING");
        section.SpecCode.Should().Be("03 20 00");
        section.SubmittalGroups.Select(g => (g.SubmittalGroup, g.Total)).Should().Equal(("ACTION AND INFORMATIONAL", 5L), ("QUALITY ASSURANCE", 1L), ("TESTS AND INSPECTIONS", 1L));
        divisions.Should().OnlyContain(d => d.AdditionalData == null || d.AdditionalData.Count == 0);
    }

    [Fact]
    public async Task GetSubmittalsSummary_uses_the_camelCase_segment_and_reads_groups_and_types()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("submittals-summary.json"));

        var summary = await aps.Construction.AutoSpecs.GetSubmittalsSummaryAsync(Project, "2268");

        wire.Single.PathAndQuery().Should().Be($"/construction/autospecs/v1/projects/{Project}/version/2268/submittalsSummary");
        summary.SubmittalGroups.Should().HaveCount(4);
        var action = summary.SubmittalGroups[0];
        action.SubmittalGroup.Should().Be("Action And Informational");
        action.Total.Should().Be(13);
        action.SubmittalGroupTypes.Should().HaveCount(8);
        action.SubmittalGroupTypes[0].SubmittalType.Should().Be("LEED");
        action.SubmittalGroupTypes[0].Total.Should().Be(2);
        action.SubmittalGroupTypes[0].AdditionalData.Should().BeNullOrEmpty();
        summary.SubmittalGroups[1].SubmittalGroupTypes.Should().BeEmpty();
        summary.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task AutoSpecs_is_3_legged_only_and_refuses_x_user_id()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("metadata.json"));

        var act = () => aps.Construction.AutoSpecs.GetMetadataAsync(Project, new ApsRequestOptions { UserId = "u" });

        await act.Should().ThrowAsync<ArgumentException>();
        wire.Count.Should().Be(0);
    }
}
