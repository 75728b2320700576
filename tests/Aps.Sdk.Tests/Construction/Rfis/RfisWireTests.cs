using Aps.Sdk.Construction.Rfis;
using static Aps.Sdk.Tests.Acc.AccmKit;

namespace Aps.Sdk.Tests.Acc.Rfis;

public class RfisWireTests
{
    private const string RfiId = "31a3f98d-34a8-4d4c-a362-3cc9de44f89c";
    private const string Base = $"/construction/rfis/v3/projects/{ProjectGuid}";

    private static string Fixture(string name) => AccmKit.Fixture("Rfis", name);

    [Fact]
    public async Task SearchRfis_posts_the_search_with_offset_and_limit_in_the_body_page_after_page()
    {
        var first = WithPagination(Fixture("search-rfis.json"), p => p["totalResults"] = 2);
        var second = WithPagination(Fixture("search-rfis.json"), p =>
        {
            p["offset"] = 1;
            p["totalResults"] = 2;
        });
        using var kit = new AccmKit(first, second);
        var options = new RfiSearchOptions
        {
            Limit = 1,
            Search = "HVAC duct routing",
            Filter = new RfiSearchFilter
            {
                Status = "draft",
                IncludeHidden = false,
                AssignedTo = ["PER8KQPK2JRT"],
                Locations = ["AJJASD2-FFE3", "JTOEN-FFD33"],
                CreatedAt = "2018-08-01T08:56:48.699Z",
                Priority = "Low",
                RfiTypeIds = ["1e6d1d7b-1b1b-4b1b-8b1b-1b1b1b1b1b1b"],
            },
        };
        options.Sort.Add(new RfiSort { Field = "createdAt", Order = "DESC" });
        options.Fields.Add("id");

        var rfis = await kit.Client.Construction.Rfis.SearchRfisAsync(DmProjectId, options).CollectAsync();

        rfis.Should().HaveCount(2);
        var requests = kit.Requests;
        requests.Should().HaveCount(2);
        requests[0].Method.Should().Be(HttpMethod.Post);
        requests[0].Uri.AbsoluteUri.Should().Be($"{Host}{Base}/search:rfis");
        requests[0].ContentType.Should().Be("application/json");
        const string Filter = """
            "search":"HVAC duct routing","sort":[{"field":"createdAt","order":"DESC"}],
            "filter":{"status":"draft","includeHidden":false,"assignedTo":["PER8KQPK2JRT"],"locations":["AJJASD2-FFE3","JTOEN-FFD33"],
            "createdAt":"2018-08-01T08:56:48.699Z","priority":"Low","rfiTypeId":["1e6d1d7b-1b1b-4b1b-8b1b-1b1b1b1b1b1b"]},"fields":["id"]
            """;
        SameJson(requests[0].Body, "{\"limit\":1," + Filter + "}");
        requests[1].Uri.AbsoluteUri.Should().Be($"{Host}{Base}/search:rfis");
        SameJson(requests[1].Body, "{\"limit\":1,\"offset\":1," + Filter + "}");

        var rfi = rfis[0];
        rfi.Id.Should().Be(RfiId);
        rfi.CustomIdentifier.Should().Be("ID-1234");
        rfi.Title.Should().Be("RFI - pipe is not in right place");
        rfi.Status.Should().Be("open");
        rfi.WorkflowType.Should().Be("US");
        rfi.AssignedTo.Should().ContainSingle().Which.Type.Should().Be("user");
        rfi.CommentsCount.Should().Be(15);
        rfi.Discipline.Should().Equal("Architectural");
        rfi.Category.Should().Equal("Constructability");
        rfi.PermittedActions.Should().NotBeNull();
        AllFieldsTyped(rfis);
    }

    [Fact]
    public async Task GetRfi_reads_every_documented_field()
    {
        using var kit = new AccmKit(Fixture("rfi.json"));
        var rfi = await kit.Client.Construction.Rfis.GetRfiAsync(DmProjectId, RfiId);

        kit.Single.Method.Should().Be(HttpMethod.Get);
        kit.Single.Uri.AbsolutePath.Should().Be($"{Base}/rfis/{RfiId}");
        rfi.Question.Should().Be("Where should we put the pipe?");
        rfi.VirtualFolderUrn.Should().Be("urn:adsk.wip:fs.folder:co.1838SAGCQ3SPn7lqOXMaJQ");
        rfi.PreviousStatus.Should().Be("submitted");
        rfi.ManagerId.Should().Be("KOR8KQPK2GHF");
        rfi.Architects.Should().ContainSingle().Which.Id.Should().Be("TKG8KQPK2MNB");
        rfi.DueDate.Should().Be(new DateTimeOffset(2018, 1, 12, 13, 6, 39, 216, TimeSpan.Zero));
        rfi.Locations.Should().Equal("AJJASD2-FFE3", "JTOEN-FFD33");
        rfi.OfficialResponseEditByManagerState.Should().BeTrue();
        rfi.CostImpact.Should().Be("Yes");
        rfi.Priority.Should().Be("High");
        rfi.CustomAttributes.Should().ContainSingle().Which.IsSelectable.Should().BeFalse();
        rfi.RfiTypeId.Should().Be("c911852d-5957-4145-9c8d-e7cfe9d564df");
        var response = rfi.Responses.Should().ContainSingle().Subject;
        response.Text.Should().Be("The pipe should be placed in the corner");
        response.State.Should().Be("draft");
        response.IsEditable.Should().BeTrue();
        rfi.DraftResponses.Should().ContainSingle().Which.OnBehalf.Should().Be("PER8KQPK2JRT");
        rfi.PermittedActions!.Value.GetProperty("updateRfi").GetProperty("permittedStatuses").GetProperty("wfUS").GetArrayLength().Should().Be(1);
        rfi.MaxAssignees.Should().Be(10);
        AllFieldsTyped(rfi);
    }

    [Fact]
    public async Task GetCurrentUser_reads_roles_and_workflow()
    {
        using var kit = new AccmKit(Fixture("users-me.json"));
        var me = await kit.Client.Construction.Rfis.GetCurrentUserAsync(DmProjectId);

        kit.Single.Uri.AbsolutePath.Should().Be($"{Base}/users/me");
        me.User!.Id.Should().Be("BZPWJWWWMLSV");
        me.User.Name.Should().Be("Jon Doe");
        me.User.Role.Should().Be("project_admin");
        me.Workflow!.Roles.Should().Equal("projectSC");
        me.Workflow.Type.Should().Be("US");
        me.DefaultRfiType.Should().Be("c911852d-5957-4145-9c8d-e7cfe9d564df");
        me.ExternalUsers.Should().ContainSingle();
        me.MaintenanceEndDate.Should().BeEmpty();
        me.PermittedActions!.Value.TryGetProperty("createRfi", out _).Should().BeTrue();
        AllFieldsTyped(me);
    }

    [Fact]
    public async Task ListRfiTypes_reads_the_reference_page_shape()
    {
        using var kit = new AccmKit(Fixture("rfi-types_source-aps-reference-page.json"));
        var types = await kit.Client.Construction.Rfis.ListRfiTypesAsync(DmProjectId).CollectAsync();

        kit.Single.Method.Should().Be(HttpMethod.Get);
        kit.Single.Uri.AbsolutePath.Should().Be($"{Base}/rfi-types");
        var type = types.Should().ContainSingle().Subject;
        type.Id.Should().Be("c911852d-5957-4145-9c8d-e7cfe9d564df");
        type.Name.Should().Be("Design Clarification");
        AllFieldsTyped(types);
    }

    [Fact]
    public async Task CreateRfi_posts_the_rfi_without_nulls_and_reads_the_new_rfi()
    {
        using var kit = new AccmKit(Fixture("rfi.json"));
        var rfi = await kit.Client.Construction.Rfis.CreateRfiAsync(DmProjectId, new RfiCreateRequest
        {
            Title = "RFI - pipe is not in right place",
            Question = "Where should we put the pipe?",
            Status = "draft",
            AssignedTo = [new RfiActor { Id = "PER8KQPK2JRT", Type = "user" }],
            DueDate = new DateTimeOffset(2018, 1, 12, 13, 6, 39, 216, TimeSpan.Zero),
            Discipline = ["Architectural"],
        });

        var request = kit.Single;
        request.Method.Should().Be(HttpMethod.Post);
        request.Uri.AbsoluteUri.Should().Be($"{Host}{Base}/rfis");
        request.ContentType.Should().Be("application/json");
        SameJson(request.Body, """
            {"title":"RFI - pipe is not in right place","question":"Where should we put the pipe?","status":"draft",
             "assignedTo":[{"id":"PER8KQPK2JRT","type":"user"}],"dueDate":"2018-01-12T13:06:39.216+00:00","discipline":["Architectural"]}
            """);
        rfi.Id.Should().Be(RfiId);
    }

    [Fact]
    public async Task CreateRfiResponse_posts_the_response_and_reads_it()
    {
        using var kit = new AccmKit(Fixture("rfi-response.json"));
        var response = await kit.Client.Construction.Rfis.CreateRfiResponseAsync(ProjectGuid, RfiId, new RfiResponseCreateRequest
        {
            Text = "The pipe should be placed in the corner",
            Status = "answered",
            OnBehalf = "PER8KQPK2JRT",
        });

        var request = kit.Single;
        request.Method.Should().Be(HttpMethod.Post);
        request.Uri.AbsolutePath.Should().Be($"{Base}/rfis/{RfiId}/responses");
        SameJson(request.Body, """{"text":"The pipe should be placed in the corner","status":"answered","onBehalf":"PER8KQPK2JRT"}""");
        response.Id.Should().Be("c911852d-5957-4145-9c8d-e7cfe9d564df");
        response.RfiId.Should().Be("w332252d-5957-4145-9c8d-e7cfe9d975aj");
        response.CreatedAt.Should().Be(new DateTimeOffset(2018, 7, 22, 15, 5, 58, 33, TimeSpan.Zero));
        AllFieldsTyped(response);
    }

    [Fact]
    public async Task Bad_input_is_refused_before_any_call()
    {
        using var kit = new AccmKit("{}");
        var rfis = kit.Client.Construction.Rfis;

        FluentActions.Invoking(() => rfis.SearchRfisAsync(ProjectGuid, new RfiSearchOptions { Limit = 201 })).Should().Throw<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => rfis.CreateRfiAsync(ProjectGuid, new RfiCreateRequest { Question = "no title" })).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => rfis.CreateRfiResponseAsync(ProjectGuid, RfiId, new RfiResponseCreateRequest())).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => rfis.GetRfiAsync(default, RfiId)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => rfis.GetCurrentUserAsync(ProjectGuid, new ApsRequestOptions { UserId = "U1" })).Should().ThrowAsync<ArgumentException>("RFIs needs a user context and takes no x-user-id");
        kit.Handler.Count.Should().Be(0);
    }
}
