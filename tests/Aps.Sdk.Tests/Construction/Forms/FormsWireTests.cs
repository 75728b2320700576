using Aps.Sdk.Construction.Forms;
using static Aps.Sdk.Tests.Acc.AccmKit;

namespace Aps.Sdk.Tests.Acc.Forms;

public class FormsWireTests
{
    private const string Base = $"/construction/forms/v1/projects/{ProjectGuid}";

    private static string Fixture(string name) => AccmKit.Fixture("Forms", name);

    [Fact]
    public async Task ListForms_sends_every_filter_and_reads_the_data_envelope()
    {
        using var kit = new AccmKit(Fixture("forms.json"));
        var options = new FormListOptions
        {
            Limit = 50,
            FormDateMin = "2020-11-01",
            FormDateMax = "2020-11-30",
            UpdatedAfter = new DateTimeOffset(2020, 11, 1, 0, 0, 0, TimeSpan.Zero),
            UpdatedBefore = new DateTimeOffset(2020, 12, 1, 0, 0, 0, TimeSpan.Zero),
            TemplateId = "2f634a22-779d-4930-9f08-8391a41fea05",
            SortBy = "updatedAt",
            SortOrder = "desc",
        };
        options.Ids.Add("932da979-e537-4530-b8aa-18607ac6db37");
        options.Ids.Add("other");
        options.Statuses.Add("draft");
        options.LocationIds.Add("d14ce3a6-e61b-4ab0-a9be-5acf7b5366df");

        var forms = await kit.Client.Construction.Forms.ListFormsAsync(DmProjectId, options).CollectAsync();

        var request = kit.Single;
        request.Method.Should().Be(HttpMethod.Get);
        request.Uri.AbsolutePath.Should().Be($"{Base}/forms");
        Query(request).Should().Equal(
            "limit=50", "ids=932da979-e537-4530-b8aa-18607ac6db37", "ids=other", "formDateMin=2020-11-01", "formDateMax=2020-11-30",
            "updatedAfter=2020-11-01T00:00:00.000Z", "updatedBefore=2020-12-01T00:00:00.000Z", "templateId=2f634a22-779d-4930-9f08-8391a41fea05",
            "statuses=draft", "sortBy=updatedAt", "sortOrder=desc", "locationIds=d14ce3a6-e61b-4ab0-a9be-5acf7b5366df");

        var form = forms.Should().ContainSingle().Subject;
        form.Id.Should().Be("932da979-e537-4530-b8aa-18607ac6db37");
        form.Status.Should().Be("draft");
        form.FormNum.Should().Be(1);
        form.Name.Should().Be("Daily Safety Inspection");
        form.FormDate.Should().Be("2020-11-20");
        form.AssigneeType.Should().Be("company");
        form.FormTemplate!.TemplateType.Should().Be("pg.template_type.daily_report");
        form.PdfValues.Should().ContainSingle().Which.Value.Should().Be("Observed Masks and Face Covering");
        form.PdfUrl.Should().Be("https://link.to/form.pdf");
        form.Weather!.SummaryKey.Should().Be("Clear");
        form.Weather.TemperatureMax.Should().Be(65.1);
        form.Weather.Provider.Should().Be("weatherkit");
        var hour = form.Weather.HourlyWeather.Should().ContainSingle().Subject;
        hour.Id.Should().Be("1234");
        hour.Hour.Should().Be("07:00:00");
        hour.FetchedAt.Should().BeNull();
        form.TabularValues!.Value.GetProperty("worklogEntries").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        form.CustomValues.Should().BeEmpty();
        form.UpdatedAt.Should().Be(new DateTimeOffset(2020, 11, 20, 16, 14, 27, 615, TimeSpan.Zero).AddTicks(1270));
        form.CreatedBy.Should().Be("USER123A");
        AllFieldsTyped(forms);
    }

    [Fact]
    public async Task ListFormTemplates_pages_by_offset_until_nextUrl_is_null()
    {
        var template = Fixture("form-templates_source-body-structure.json");
        var first = WithPagination(template, p =>
        {
            p["limit"] = 1;
            p["totalResults"] = 2;
            p["nextUrl"] = "https://developer.api.autodesk.com/construction/forms/v1/projects/x/form-templates?offset=1&limit=1";
        });
        var second = WithPagination(template, p =>
        {
            p["offset"] = 1;
            p["limit"] = 1;
            p["totalResults"] = 2;
        });
        using var kit = new AccmKit(first, second);
        var templates = await kit.Client.Construction.Forms.ListFormTemplatesAsync(ProjectGuid, new FormTemplateListOptions { Limit = 1, SortOrder = "asc" }).CollectAsync();

        templates.Should().HaveCount(2);
        kit.Requests.Should().HaveCount(2);
        kit.Requests[0].Uri.AbsolutePath.Should().Be($"{Base}/form-templates");
        Query(kit.Requests[0]).Should().Equal("limit=1", "sortOrder=asc");
        Query(kit.Requests[1]).Should().Equal("offset=1", "limit=1", "sortOrder=asc");
        var first0 = templates[0];
        first0.Name.Should().Be("Daily Report");
        first0.Status.Should().Be("active");
        first0.IsPdf.Should().BeFalse();
        first0.UpdatedAt.Should().NotBeNull();
        AllFieldsTyped(templates);
    }

    [Fact]
    public void Bad_input_is_refused_before_any_call()
    {
        using var kit = new AccmKit("{}");
        FluentActions.Invoking(() => kit.Client.Construction.Forms.ListFormsAsync(ProjectGuid, new FormListOptions { Limit = 51 })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => kit.Client.Construction.Forms.ListFormTemplatesAsync(default)).Should().Throw<ArgumentException>();
        kit.Handler.Count.Should().Be(0);
    }
}
