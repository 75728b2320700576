namespace Aps.Sdk.Tests.Ids;

public class PrefixedIdTests
{
    [Theory]
    [InlineData("b.1d2e3f", "b.1d2e3f", "1d2e3f")]
    [InlineData("1d2e3f", "b.1d2e3f", "1d2e3f")]
    [InlineData(" 1d2e3f ", "b.1d2e3f", "1d2e3f")]
    [InlineData("a.cGVyc29uYWw", "a.cGVyc29uYWw", "a.cGVyc29uYWw")]
    public void A_project_id_reads_either_form_and_prints_both(string input, string dataManagement, string construction)
    {
        var id = ProjectId.Parse(input);

        id.Value.Should().Be(dataManagement);
        id.ConstructionValue.Should().Be(construction);
        id.ToString().Should().Be(dataManagement);
    }

    [Fact]
    public void The_two_forms_of_one_id_are_equal()
    {
        ProjectId dm = "b.ABC-123";
        ProjectId acc = "abc-123";

        (dm == acc).Should().BeTrue();
        dm.GetHashCode().Should().Be(acc.GetHashCode());
        new HashSet<HubId> { "b.x1", "x1" }.Should().HaveCount(1);
    }

    [Fact]
    public void A_hub_is_the_account_of_the_same_id()
    {
        HubId hub = "b.f1e2";

        hub.ToAccountId().ConstructionValue.Should().Be("f1e2");
        hub.ToAccountId().ToHubId().Should().Be(hub);
        new AccountId("f1e2").ToHubId().Value.Should().Be("b.f1e2");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("b.")]
    [InlineData("abc/def")]
    [InlineData("abc def")]
    [InlineData("abc?x=1")]
    public void Bad_ids_are_refused_before_any_call(string input)
    {
        var act = () => new ProjectId(input);

        act.Should().Throw<ArgumentException>();
        ProjectId.TryParse(input, out _).Should().BeFalse();
        AccountId.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void The_default_value_says_it_holds_no_id()
    {
        var id = default(ProjectId);

        id.IsEmpty.Should().BeTrue();
        id.ToString().Should().BeEmpty();
        var act = () => id.Value;
        act.Should().Throw<InvalidOperationException>();
    }
}
