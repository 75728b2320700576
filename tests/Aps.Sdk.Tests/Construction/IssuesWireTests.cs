using System.Net;
using System.Text.Json;
using Aps.Sdk.Construction;
using Aps.Sdk.Construction.Issues;

namespace Aps.Sdk.Tests.Acc;

/// <summary>The 14 ACC Issues operations on the wire, fed with the seed 001 examples.</summary>
public sealed class IssuesWireTests
{
    private const string Project = "b.a4be0c34-4ab7-4a1c-9a63-5f3a2b1c0d9e";
    private const string Bare = "a4be0c34-4ab7-4a1c-9a63-5f3a2b1c0d9e";
    private const string Base = "/construction/issues/v1/projects/" + Bare;
    private const string IssueId = "3570f222-6c54-4b01-90e6-e701749f0222";

    [Fact]
    public async Task User_profile_strips_b_sends_x_ads_region_and_reads_every_permission()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/users-me.json");

        var me = await wire.Client.Construction.Issues.GetUserProfileAsync(Project, new ApsRequestOptions { Region = ApsRegion.EMEA });

        var request = wire.Single;
        request.Method.Should().Be(HttpMethod.Get);
        ConstructionWire.PathAndQuery(request).Should().Be(Base + "/users/me");
        request.Header("x-ads-region").Should().Be("EMEA");
        request.Header("Region").Should().BeNull();
        request.Header("Authorization").Should().Be("Bearer static-access-token-value");
        me.Id.Should().Be("BXQXL7646C2R");
        me.IsProjectAdmin.Should().BeTrue();
        me.CanManageTemplates.Should().BeNull("APS sends an empty string");
        me.PermissionLevels.Should().Equal(IssuePermissionLevel.Read);
        me.Issues!.New!.PermittedActions.Should().Equal("add_comment");
        me.Issues.New.PermittedStatuses.Should().HaveCount(9).And.Contain(IssueStatus.InReview);
        me.Issues.New.PermittedStatusesLegacy.Should().Equal(IssueStatus.Open);
        me.Issues.Filter!.PermittedStatuses.Should().Contain(IssueStatus.Closed);
        ConstructionWire.NoExtensionData(me);
    }

    [Fact]
    public async Task Issue_types_send_include_and_filters_and_read_subtypes()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/issue-types.json");

        var types = await wire.Client.Construction.Issues.ListIssueTypesAsync(Bare, new IssueTypesListOptions { IncludeSubtypes = true, IsActive = true, UpdatedAt = "2018-07-22", Limit = 10 })
            .FirstPageAsync();

        var request = wire.Single;
        ConstructionWire.Query(request).Should().Equal(
            "include=subtypes", "filter[updatedAt]=2018-07-22", "filter[isActive]=true", "limit=10");
        request.Uri.AbsolutePath.Should().Be(Base + "/issue-types");
        request.Header("x-ads-region").Should().BeNull("nothing is sent when no region is set: APS routes the call");
        types.TotalResults.Should().Be(25);
        var type = types.Values[0];
        type.Title.Should().Be("Coordination");
        type.OrderIndex.Should().Be(2);
        type.Subtypes[0].Code.Should().Be("exo");
        type.Subtypes[0].IsReadOnly.Should().BeFalse();
        type.Subtypes[0].DeletedAt.Should().Be(DateTimeOffset.Parse("2018-07-22T15:05:58.033Z", System.Globalization.CultureInfo.InvariantCulture));
        ConstructionWire.NoExtensionData(types.Values);
    }

    [Fact]
    public async Task Attribute_definitions_send_data_type_filter_and_read_list_options()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/attribute-definitions.json");

        var page = await wire.Client.Construction.Issues.ListAttributeDefinitionsAsync(Bare, new IssueAttributeDefinitionsListOptions
        {
            DataTypes = [IssueAttributeDataType.List, IssueAttributeDataType.Numeric],
            CreatedAt = "2018-01-01..2018-12-31",
            DeletedAt = "2019-01-01",
            UpdatedAt = "2018-07-22",
        }).FirstPageAsync();

        ConstructionWire.Query(wire.Single).Should().Equal(
            "filter[createdAt]=2018-01-01..2018-12-31", "filter[updatedAt]=2018-07-22", "filter[deletedAt]=2019-01-01", "filter[dataType]=list,numeric");
        var definition = page.Values[0];
        definition.DataType.Should().Be(IssueAttributeDataType.List);
        definition.Metadata!.List!.Options.Select(o => o.Value).Should().Equal("option a", "option b");
        definition.Description.Should().StartWith("How long");
        ConstructionWire.NoExtensionData(page.Values);
    }

    [Fact]
    public async Task Attribute_mappings_send_their_filters()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/attribute-mappings.json");

        var page = await wire.Client.Construction.Issues.ListAttributeMappingsAsync(Bare, new IssueAttributeMappingsListOptions
        {
            AttributeDefinitionIds = ["a", "b"],
            MappedItemIds = ["c"],
            Limit = 2,
        }).FirstPageAsync();

        ConstructionWire.Query(wire.Single).Should().Equal("filter[attributeDefinitionId]=a,b", "filter[mappedItemId]=c", "limit=2");
        wire.Single.Uri.AbsolutePath.Should().Be(Base + "/issue-attribute-mappings");
        page.Values[0].MappedItemType.Should().Be("issueType");
        page.Values[0].Order.Should().Be(2);
        page.Values[0].AttributeDefinitionId.Should().Be("1110f111-6c54-4b01-90e6-d701748f1333");
        ConstructionWire.NoExtensionData(page.Values);
    }

    [Fact]
    public async Task Root_cause_categories_send_include_rootcauses()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/root-cause-categories.json");

        var page = await wire.Client.Construction.Issues.ListRootCauseCategoriesAsync(Bare, new IssueRootCauseCategoriesListOptions { IncludeRootCauses = true })
            .FirstPageAsync();

        ConstructionWire.PathAndQuery(wire.Single).Should().Be(Base + "/issue-root-cause-categories?include=rootcauses");
        page.Values[0].RootCauses[0].Title.Should().Be("Constructability");
        page.Values[0].RootCauses[0].RootCauseCategoryId.Should().Be("1110f111-6c54-4b01-90e6-d701748f1111");
        page.Values[0].IsActive.Should().BeFalse();
        ConstructionWire.NoExtensionData(page.Values);
    }

    [Fact]
    public async Task Issues_list_sends_every_documented_filter_fields_and_sort()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/issues.json");
        var options = new IssuesListOptions
        {
            Ids = ["i1", "i2"],
            IssueTypeIds = ["t"],
            IssueSubtypeIds = ["st"],
            Statuses = [IssueStatus.Open, IssueStatus.InProgress],
            LinkedDocumentUrns = ["urn:adsk.wipprod:dm.lineage:x"],
            DueDate = "2018-07-25",
            StartDate = "2018-07-01",
            CreatedAt = "2018-01-01..2018-02-01",
            CreatedBy = ["A"],
            UpdatedAt = "2018-03-01",
            UpdatedBy = ["B"],
            AssignedTo = ["C", "D"],
            RootCauseIds = ["r"],
            LocationIds = ["l"],
            SubLocationIds = ["sl"],
            ClosedBy = ["E"],
            ClosedAt = "2018-04-01",
            Search = "300",
            DisplayIds = [7, 8],
            AssignedToTypes = ["user", "null"],
            Valid = true,
            Limit = 50,
            SortBy = ["-createdAt", "title"],
            Fields = [IssueField.Title, IssueField.Status, IssueField.CustomAttributes],
        };
        options.CustomAttributes["f227d940-ae9b-4722-9297-389f4411f010"] = ["1", "2", "3"];

        var page = await wire.Client.Construction.Issues.ListIssuesAsync(Project, options).FirstPageAsync();

        var request = wire.Single;
        request.Uri.AbsolutePath.Should().Be(Base + "/issues");
        ConstructionWire.Query(request).Should().Equal(
            "filter[id]=i1,i2",
            "filter[issueTypeId]=t",
            "filter[issueSubtypeId]=st",
            "filter[status]=open,in_progress",
            "filter[linkedDocumentUrn]=urn:adsk.wipprod:dm.lineage:x",
            "filter[dueDate]=2018-07-25",
            "filter[startDate]=2018-07-01",
            "filter[createdAt]=2018-01-01..2018-02-01",
            "filter[createdBy]=A",
            "filter[updatedAt]=2018-03-01",
            "filter[updatedBy]=B",
            "filter[assignedTo]=C,D",
            "filter[rootCauseId]=r",
            "filter[locationId]=l",
            "filter[subLocationId]=sl",
            "filter[closedBy]=E",
            "filter[closedAt]=2018-04-01",
            "filter[search]=300",
            "filter[displayId]=7,8",
            "filter[assignedToType]=user,null",
            "filter[customAttributes][f227d940-ae9b-4722-9297-389f4411f010]=1,2,3",
            "filter[valid]=true",
            "sortBy=-createdAt,title",
            "fields=title,status,customAttributes",
            "limit=50");
        request.Uri.Query.Should().Contain("filter[linkedDocumentUrn]=urn%3Aadsk.wipprod%3Adm.lineage%3Ax", "values are escaped, names keep their brackets");
        page.TotalResults.Should().Be(25);
        var issue = page.Values[0];
        issue.Status.Should().Be(IssueStatus.Open);
        issue.DisplayId.Should().Be(7);
        ConstructionWire.NoExtensionData(page.Values);
    }

    [Fact]
    public async Task Issues_list_pages_by_offset_keeping_the_filters()
    {
        var wire = new ConstructionWire()
            .Answer("""{"pagination":{"limit":2,"offset":0,"totalResults":3},"results":[{"id":"1"},{"id":"2"}]}""")
            .Answer("""{"pagination":{"limit":2,"offset":2,"totalResults":3},"results":[{"id":"3"}]}""");

        var issues = await wire.Client.Construction.Issues.ListIssuesAsync(Bare, new IssuesListOptions { Limit = 2, Statuses = [IssueStatus.Open] }).CollectAsync();
        var ids = issues.Select(i => i.Id);

        ids.Should().Equal("1", "2", "3");
        wire.Requests.Select(ConstructionWire.PathAndQuery).Should().Equal(
            Base + "/issues?filter[status]=open&limit=2",
            Base + "/issues?filter[status]=open&limit=2&offset=2");
    }

    [Fact]
    public async Task Issue_details_land_in_typed_properties_with_raw_custom_attribute_values()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/issue.json");

        var issue = await wire.Client.Construction.Issues.GetIssueAsync(Project, IssueId);

        ConstructionWire.PathAndQuery(wire.Single).Should().Be($"{Base}/issues/{IssueId}");
        issue.Title.Should().Be("Door missing a screw.");
        issue.AssignedToType.Should().Be(IssueAssigneeType.User);
        issue.DueDate.Should().Be("2018-07-25");
        issue.AttachmentCount.Should().BeNull("APS sends an empty string");
        issue.CommentCount.Should().Be(3);
        issue.LinkedDocuments[0].Details!.Viewable!.Is3D.Should().BeTrue();
        issue.LinkedDocuments[0].Details!.Position!.X.Should().BeApproximately(-0.35907751666652, 1e-12);
        issue.LinkedDocuments[0].Details!.ObjectId.Should().Be(3);
        issue.LinkedDocuments[0].Details!.ViewerState!.Value.ValueKind.Should().Be(JsonValueKind.True);
        issue.CustomAttributes[0].Type.Should().Be(IssueAttributeDataType.Numeric);
        issue.CustomAttributes[0].Value!.Value.GetString().Should().Be("368", "the value keeps its raw JSON");
        issue.GpsCoordinates!.Latitude.Should().Be(35.7795897);
        issue.Watchers.Should().Equal("A3RGM375QTZ7");
        issue.PermittedStatuses.Should().Equal(IssueStatus.Open);
        issue.SnapshotHasMarkups.Should().BeFalse();
        ConstructionWire.NoExtensionData(issue);
    }

    [Fact]
    public async Task Create_issue_posts_only_what_was_set()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/issue.json");

        var issue = await wire.Client.Construction.Issues.CreateIssueAsync(Project, new IssueCreateRequest
        {
            Title = "Door missing a screw.",
            IssueSubtypeId = "1370f222-6c54-3a01-93e6-e701749f0222",
            Status = IssueStatus.Open,
            DueDate = "2018-07-25",
            Watchers = ["A3RGM375QTZ7"],
            CustomAttributes = [IssueCustomAttributeInput.Numeric("2220f222-6c54-4b01-90e6-d701748f0888", 368), IssueCustomAttributeInput.ListOption("def", "802b87e0")],
            GpsCoordinates = new IssueGpsCoordinates { Latitude = 35.5, Longitude = -78.25 },
        }, new ApsRequestOptions { Region = ApsRegion.US });

        var request = wire.Single;
        request.Method.Should().Be(HttpMethod.Post);
        ConstructionWire.PathAndQuery(request).Should().Be(Base + "/issues");
        request.Header("x-ads-region").Should().Be("US");
        request.ContentType.Should().Be("application/json");
        JsonDocument.Parse(request.Body!).RootElement.GetRawText().Should().Be(
            """{"title":"Door missing a screw.","issueSubtypeId":"1370f222-6c54-3a01-93e6-e701749f0222","status":"open","dueDate":"2018-07-25","watchers":["A3RGM375QTZ7"],"customAttributes":[{"attributeDefinitionId":"2220f222-6c54-4b01-90e6-d701748f0888","value":368},{"attributeDefinitionId":"def","value":"802b87e0"}],"gpsCoordinates":{"latitude":35.5,"longitude":-78.25}}""");
        issue.Id.Should().Be(IssueId);
    }

    [Fact]
    public async Task Create_issue_refuses_a_missing_title_subtype_or_status_before_any_call()
    {
        var wire = new ConstructionWire();
        var issues = wire.Client.Construction.Issues;

        await FluentActions.Awaiting(() => issues.CreateIssueAsync(Bare, new IssueCreateRequest { Title = "x", Status = IssueStatus.Open })).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => issues.CreateIssueAsync(Bare, new IssueCreateRequest { Title = "x", IssueSubtypeId = "s" })).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => issues.CreateIssueAsync(default, new IssueCreateRequest())).Should().ThrowAsync<ArgumentException>();
        wire.Handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task Patch_issue_sends_only_set_fields_and_explicit_nulls()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/issue.json");

        await wire.Client.Construction.Issues.UpdateIssueAsync(Project, IssueId, new IssueUpdateRequest
        {
            Title = "New title",
            Status = IssueStatus.Closed,
            DueDate = null,
            AssignedTo = null,
            AssignedToType = null,
            Published = false,
            CustomAttributes = new List<IssueCustomAttributeInput> { IssueCustomAttributeInput.Clear("def"), IssueCustomAttributeInput.Text("t", "fast") },
        });

        var request = wire.Single;
        request.Method.Should().Be(HttpMethod.Patch);
        ConstructionWire.PathAndQuery(request).Should().Be($"{Base}/issues/{IssueId}");
        ConstructionWire.Body(request).GetRawText().Should().Be(
            """{"title":"New title","status":"closed","assignedTo":null,"assignedToType":null,"dueDate":null,"published":false,"customAttributes":[{"attributeDefinitionId":"def","value":null},{"attributeDefinitionId":"t","value":"fast"}]}""");
    }

    [Fact]
    public async Task Patch_issue_with_nothing_set_sends_an_empty_object_and_refuses_clearing_the_title()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/issue.json");
        var issues = wire.Client.Construction.Issues;

        await issues.UpdateIssueAsync(Bare, IssueId, new IssueUpdateRequest());
        ConstructionWire.Body(wire.Single).GetRawText().Should().Be("{}");

        await FluentActions.Awaiting(() => issues.UpdateIssueAsync(Bare, IssueId, new IssueUpdateRequest { Title = null })).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => issues.UpdateIssueAsync(Bare, " ", new IssueUpdateRequest())).Should().ThrowAsync<ArgumentException>();
        wire.Handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Comments_list_sends_sort_and_reads_the_example()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/comments.json");

        var page = await wire.Client.Construction.Issues.ListCommentsAsync(Project, IssueId, new IssueCommentsListOptions { SortBy = ["-createdAt"], Limit = 10 })
            .FirstPageAsync();

        ConstructionWire.PathAndQuery(wire.Single).Should().Be($"{Base}/issues/{IssueId}/comments?sortBy=-createdAt&limit=10");
        page.Values[0].Body.Should().StartWith("Hey Aharon,\nPlease validate");
        page.Values[0].UpdatedAt.Should().BeNull("APS sends an empty string");
        page.Values[0].ClientCreatedAt.Should().Be("A3RGM375QTZ7");
        ConstructionWire.NoExtensionData(page.Values);
    }

    [Fact]
    public async Task Create_comment_posts_the_body_and_reads_201()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/comment.json", HttpStatusCode.Created);

        var comment = await wire.Client.Construction.Issues.CreateCommentAsync(Project, IssueId, new IssueCommentCreateRequest { Body = "On it" });

        ConstructionWire.PathAndQuery(wire.Single).Should().Be($"{Base}/issues/{IssueId}/comments");
        wire.Single.Method.Should().Be(HttpMethod.Post);
        ConstructionWire.Body(wire.Single).GetRawText().Should().Be("""{"body":"On it"}""");
        comment.Id.Should().Be("d26c0adb-bb27-4cec-b3ad-bae5ce5a0b29");
        ConstructionWire.NoExtensionData(comment);
    }

    [Fact]
    public async Task Attachments_list_reads_the_attachments_envelope_without_a_region()
    {
        var wire = new ConstructionWire(o => o.DefaultRegion = ApsRegion.EMEA).AnswerFixture("Issues/attachments.json");

        var attachments = await wire.Client.Construction.Issues.ListAttachmentsAsync(Project, IssueId).CollectAsync();

        ConstructionWire.PathAndQuery(wire.Single).Should().Be($"{Base}/attachments/{IssueId}/items");
        wire.Single.Header("x-ads-region").Should().BeNull("the attachment calls take no region");
        attachments.Should().ContainSingle();
        attachments[0].FileSize.Should().Be(1000000);
        attachments[0].VersionUrn.Should().Be("urn:adsk.wipprod:fs.file:vf.1HROnsnfQgq4N0b-nUoGge?version=2");
        attachments[0].IsDeleted.Should().BeFalse();
        attachments[0].CreatedOn.Should().NotBeNull();
        ConstructionWire.NoExtensionData(attachments);
    }

    [Fact]
    public async Task Add_attachments_posts_the_issue_as_domain_entity_with_defaults()
    {
        var wire = new ConstructionWire().AnswerFixture("Issues/attachments.json");

        var added = await wire.Client.Construction.Issues.AddAttachmentsAsync(Project, IssueId, new IssueAttachmentsAddRequest
        {
            Attachments = [new IssueAttachmentInput { AttachmentId = "aea9f035", FileName = "myfile.pdf", StorageUrn = "urn:adsk.objects:os.object:wip.dm.prod/x.pdf" }],
        });

        var request = wire.Single;
        request.Method.Should().Be(HttpMethod.Post);
        ConstructionWire.PathAndQuery(request).Should().Be(Base + "/attachments");
        ConstructionWire.Body(request).GetRawText().Should().Be(
            $$"""{"domainEntityId":"{{IssueId}}","attachments":[{"attachmentId":"aea9f035","displayName":"myfile.pdf","fileName":"myfile.pdf","attachmentType":"issue-attachment","storageUrn":"urn:adsk.objects:os.object:wip.dm.prod/x.pdf"}]}""");
        added.Should().ContainSingle().Which.DisplayName.Should().Be("myfile.pdf");
        await FluentActions.Awaiting(() => wire.Client.Construction.Issues.AddAttachmentsAsync(Project, IssueId, new IssueAttachmentsAddRequest())).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => wire.Client.Construction.Issues.AddAttachmentsAsync(Project, IssueId, new IssueAttachmentsAddRequest { Attachments = [new IssueAttachmentInput()] }, new ApsRequestOptions())).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Delete_attachment_sends_delete_to_the_items_path_and_refuses_a_region()
    {
        var wire = new ConstructionWire().AnswerStatus(HttpStatusCode.NoContent);
        var issues = wire.Client.Construction.Issues;

        await issues.DeleteAttachmentAsync(Project, IssueId, "aea9f035-b63a-4e46-884d-3016454507e2");

        wire.Single.Method.Should().Be(HttpMethod.Delete);
        ConstructionWire.PathAndQuery(wire.Single).Should().Be($"{Base}/attachments/{IssueId}/items/aea9f035-b63a-4e46-884d-3016454507e2");
        await FluentActions.Awaiting(() => issues.DeleteAttachmentAsync(Project, IssueId, "a", new ApsRequestOptions { Region = ApsRegion.EMEA })).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Errors_become_ApsException_with_the_status()
    {
        var wire = new ConstructionWire().Answer("""{"title":"not found","detail":"Project not found"}""", HttpStatusCode.NotFound);

        var thrown = await FluentActions.Awaiting(() => wire.Client.Construction.Issues.GetIssueAsync(Bare, IssueId)).Should().ThrowAsync<ApsException>();

        thrown.Which.StatusCode.Should().Be(404);
    }

    [Fact]
    public void Issues_regions_outside_the_list_are_refused_before_any_call()
    {
        var wire = new ConstructionWire();

        FluentActions.Invoking(() => wire.Client.Construction.Issues.GetUserProfileAsync(Bare, new ApsRequestOptions { Region = ApsRegion.APAC })).Should().ThrowAsync<ArgumentException>();
        FluentActions.Invoking(() => wire.Client.Construction.Issues.GetUserProfileAsync(Bare, new ApsRequestOptions { UserId = "someone" })).Should().ThrowAsync<ArgumentException>("Issues takes no acting-user header");
    }
}

/// <summary>The tri-state value of partial updates.</summary>
public sealed class ApsOptionalTests
{
    [Fact]
    public void Default_is_unset_null_is_set_and_values_compare()
    {
        ApsOptional<string?> unset = default;
        ApsOptional<string?> cleared = null;
        ApsOptional<string?> value = "x";

        unset.IsSet.Should().BeFalse();
        cleared.IsSet.Should().BeTrue();
        cleared.IsNull.Should().BeTrue();
        value.Value.Should().Be("x");
        (unset == cleared).Should().BeFalse();
        (value == ApsOptional<string?>.FromValue("x")).Should().BeTrue();
        unset.GetValueOrDefault("fallback").Should().Be("fallback");
        unset.ToString().Should().Be("(unset)");
        cleared.ToString().Should().Be("null");
        FluentActions.Invoking(() => unset.Value).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_patch_reads_back_its_tri_state()
    {
        var read = JsonSerializer.Deserialize("""{"dueDate":null,"title":"t"}""", IssuesJsonContext.Default.IssueUpdateRequest)!;

        read.DueDate.IsNull.Should().BeTrue();
        read.Title.Value.Should().Be("t");
        read.Status.IsSet.Should().BeFalse();
    }
}
