using Aps.Sdk.Construction.Reviews;
using static Aps.Sdk.Tests.Acc.AccmKit;

namespace Aps.Sdk.Tests.Acc.Reviews;

public class ReviewsWireTests
{
    private const string ReviewId = "37d5145b-c634-407c-b0b4-a65197e43fce";
    private const string Base = $"/construction/reviews/v1/projects/{ProjectGuid}";

    private static string Fixture(string name) => AccmKit.Fixture("Reviews", name);

    private static string LastPage(string name) => WithPagination(Fixture(name), p => p["nextUrl"] = null);

    [Fact]
    public async Task GetWorkflow_acts_for_a_user_with_x_user_id_and_reads_every_documented_field()
    {
        using var kit = new AccmKit(Fixture("workflow.json"));
        var workflow = await kit.Client.Construction.Reviews.GetWorkflowAsync(DmProjectId, "4e609369-e950-4097-b7d3-e6cf1c3c5415", new ApsRequestOptions { UserId = "HWUBNU689CRU" });

        var request = kit.Single;
        request.Method.Should().Be(HttpMethod.Get);
        request.Uri.AbsolutePath.Should().Be($"{Base}/workflows/4e609369-e950-4097-b7d3-e6cf1c3c5415");
        request.Header("x-user-id").Should().Be("HWUBNU689CRU");
        workflow.Id.Should().Be("4e609369-e950-4097-b7d3-e6cf1c3c5415");
        workflow.Name.Should().Be("Final Structural Review");
        workflow.Status.Should().Be("ACTIVE");
        workflow.AdditionalOptions!.AllowInitiatorToEdit.Should().BeTrue();
        var option = workflow.ApprovalStatusOptions.Should().ContainSingle().Subject;
        option.Label.Should().Be("Approved w/ comments");
        option.Value.Should().Be("APPROVED");
        option.BuiltIn.Should().BeFalse();
        var step = workflow.Steps.Should().ContainSingle().Subject;
        step.Id.Should().Be("Lane_uJtTI3vjaF");
        step.Type.Should().Be("REVIEWER");
        step.Duration.Should().Be(3);
        step.DueDateType.Should().Be("CALENDAR_DAY");
        step.GroupReview!.Type.Should().Be("MINIMUM");
        step.GroupReview.Min.Should().Be(3);
        step.Candidates!.Roles.Should().ContainSingle().Which.Name.Should().Be("Architect");
        step.Candidates.Companies.Should().ContainSingle().Which.AutodeskId.Should().Be("26980302");
        workflow.CopyFilesOptions!.Condition.Should().Be("ANY");
        workflow.CopyFilesOptions.FolderUrn.Should().StartWith("urn:adsk.wipprod:fs.folder:");
        workflow.AttachedAttributes.Should().ContainSingle().Which.Id.Should().Be("1001");
        workflow.UpdateAttributesOptions!.UpdateSourceAndCopiedFiles.Should().BeFalse();
        workflow.CreatedAt.Should().Be(new DateTimeOffset(2024, 7, 7, 9, 21, 17, 577, TimeSpan.Zero));
        AllFieldsTyped(workflow);
    }

    [Fact]
    public async Task ListWorkflows_sends_filters_and_pages_by_offset_until_nextUrl_is_null()
    {
        using var kit = new AccmKit(Fixture("workflows.json"), LastPage("workflows.json"));
        var workflows = await kit.Client.Construction.Reviews.ListWorkflowsAsync(ProjectGuid, new ReviewWorkflowListOptions { Limit = 10, Sort = "name desc", Initiator = true, Status = "ACTIVE" }).CollectAsync();

        workflows.Should().HaveCount(2);
        kit.Requests.Should().HaveCount(2);
        kit.Requests[0].Uri.AbsolutePath.Should().Be($"{Base}/workflows");
        Query(kit.Requests[0]).Should().Equal("limit=10", "sort=name desc", "filter[initiator]=true", "filter[status]=ACTIVE");
        Query(kit.Requests[1]).Should().Equal("limit=10", "offset=1", "sort=name desc", "filter[initiator]=true", "filter[status]=ACTIVE");
        kit.Requests[0].Header("x-user-id").Should().BeNull();
        AllFieldsTyped(workflows);
    }

    [Fact]
    public async Task ListReviews_sends_every_filter_and_reads_the_example()
    {
        using var kit = new AccmKit(LastPage("reviews.json"));
        var reviews = await kit.Client.Construction.Reviews.ListReviewsAsync(DmProjectId, new ReviewListOptions
        {
            Limit = 5,
            Sort = "createdAt desc",
            WorkflowId = "0b43cedf-5c02-462b-8166-7dfbb13d3476",
            Status = "OPEN",
            CurrentStepDueDate = "2024-11-01..2024-11-30",
            CreatedAt = "2024-11-01..",
            UpdatedAt = "..2024-12-01",
            FinishedAt = "2024-11-10..2024-11-11",
            NextActionByUser = "HWUBNU689CRU",
            NextActionByRole = "1473817",
            NextActionByCompany = "26980302",
            Name = "3rd Floor",
            SequenceId = 23,
            Archived = false,
            ArchivedBy = "TTFMLCMCRG5F",
            ArchivedAt = "2024-11-19..",
        }).CollectAsync();

        kit.Single.Uri.AbsolutePath.Should().Be($"{Base}/reviews");
        Query(kit.Single).Should().Equal(
            "limit=5", "sort=createdAt desc", "filter[workflowId]=0b43cedf-5c02-462b-8166-7dfbb13d3476", "filter[status]=OPEN",
            "filter[currentStepDueDate]=2024-11-01..2024-11-30", "filter[createdAt]=2024-11-01..", "filter[updatedAt]=..2024-12-01",
            "filter[finishedAt]=2024-11-10..2024-11-11", "filter[nextActionByUser]=HWUBNU689CRU", "filter[nextActionByRole]=1473817",
            "filter[nextActionByCompany]=26980302", "filter[name]=3rd Floor", "filter[sequenceId]=23", "filter[archived]=false",
            "filter[archivedBy]=TTFMLCMCRG5F", "filter[archivedAt]=2024-11-19..");
        var review = reviews.Should().ContainSingle().Subject;
        AssertReview(review);
        AllFieldsTyped(reviews);
    }

    [Fact]
    public async Task GetReview_reads_the_example()
    {
        using var kit = new AccmKit(Fixture("review.json"));
        var review = await kit.Client.Construction.Reviews.GetReviewAsync(DmProjectId, ReviewId);

        kit.Single.Uri.AbsolutePath.Should().Be($"{Base}/reviews/{ReviewId}");
        AssertReview(review);
        AllFieldsTyped(review);
    }

    [Fact]
    public async Task GetReviewWorkflow_reads_the_workflow_the_review_started_with()
    {
        using var kit = new AccmKit(Fixture("review-workflow.json"));
        var workflow = await kit.Client.Construction.Reviews.GetReviewWorkflowAsync(ProjectGuid, ReviewId, new ApsRequestOptions { UserId = "HWUBNU689CRU" });

        kit.Single.Uri.AbsolutePath.Should().Be($"{Base}/reviews/{ReviewId}/workflow");
        kit.Single.Header("x-user-id").Should().Be("HWUBNU689CRU");
        workflow.Id.Should().Be("dab28823-7ecc-47b4-a92a-37540d777751");
        workflow.Steps.Should().ContainSingle().Which.Name.Should().Be("Reviewer");
        AllFieldsTyped(workflow);
    }

    [Fact]
    public async Task ListReviewProgress_reads_the_steps()
    {
        using var kit = new AccmKit(LastPage("review-progress.json"));
        var steps = await kit.Client.Construction.Reviews.ListReviewProgressAsync(ProjectGuid, ReviewId, new ReviewPageOptions { Limit = 20 }).CollectAsync();

        kit.Single.Uri.AbsolutePath.Should().Be($"{Base}/reviews/{ReviewId}/progress");
        Query(kit.Single).Should().Equal("limit=20");
        var step = steps.Should().ContainSingle().Subject;
        step.StepId.Should().Be("Lane_uJtTI3vjaF");
        step.StepName.Should().Be("Reviewer");
        step.Status.Should().Be("CLAIMED");
        step.ClaimedBy!.Name.Should().Be("James Smith");
        step.ActionBy!.AutodeskId.Should().Be("HWUBNU689CRU");
        step.Candidates!.Users.Should().ContainSingle();
        step.EndTime.Should().Be(new DateTimeOffset(2024, 11, 19, 1, 38, 27, 306, TimeSpan.Zero));
        step.Notes.Should().StartWith("Please check all rebar annotations");
        AllFieldsTyped(steps);
    }

    [Fact]
    public async Task ListReviewVersions_sends_approval_labels_exploded_and_reads_the_versions()
    {
        using var kit = new AccmKit(LastPage("review-versions.json"));
        var options = new ReviewVersionListOptions();
        options.ApproveStatuses.Add("Approved");
        options.ApproveStatuses.Add("Approved with comments");
        var versions = await kit.Client.Construction.Reviews.ListReviewVersionsAsync(ProjectGuid, ReviewId, options).CollectAsync();

        kit.Single.Uri.AbsolutePath.Should().Be($"{Base}/reviews/{ReviewId}/versions");
        Query(kit.Single).Should().Equal("filter[approveStatus]=Approved", "filter[approveStatus]=Approved with comments");
        var version = versions.Should().ContainSingle().Subject;
        version.Urn.Should().StartWith("urn:adsk.wipprod:fs.file:vf.");
        version.ItemUrn.Should().StartWith("urn:adsk.wipprod:dm.lineage:");
        version.Name.Should().Be("3rd Floor 3D Models.pdf");
        version.ApproveStatus!.Value.Should().Be("APPROVED");
        version.ReviewContent!.Name.Should().Be("3rd Floor 3D Models (shared).pdf");
        var attribute = version.ReviewContent.CustomAttributes.Should().ContainSingle().Subject;
        attribute.Id.Should().Be("1001");
        attribute.Value.Should().Be("X-3910-3DWA");
        version.CopiedFileVersionUrn.Should().StartWith("urn:adsk.wipprod:fs.file:");
        AllFieldsTyped(versions);
    }

    [Fact]
    public async Task ListVersionApprovalStatuses_escapes_the_version_urn_as_one_segment()
    {
        using var kit = new AccmKit(LastPage("approval-statuses.json"));
        var statuses = await kit.Client.Construction.Reviews.ListVersionApprovalStatusesAsync(DmProjectId, "urn:adsk.wipprod:fs.file:vf.abc?version=2").CollectAsync();

        kit.Single.Uri.AbsolutePath.Should().Be($"{Base}/versions/urn%3Aadsk.wipprod%3Afs.file%3Avf.abc%3Fversion%3D2/approval-statuses");
        kit.Single.Uri.Query.Should().BeEmpty();
        var status = statuses.Should().ContainSingle().Subject;
        status.ApprovalStatus!.Label.Should().Be("Approved");
        status.Review!.Id.Should().Be(ReviewId);
        status.Review.SequenceId.Should().Be(23);
        status.Review.Status.Should().Be("OPEN");
        AllFieldsTyped(statuses);
    }

    [Fact]
    public async Task Bad_input_is_refused_before_any_call()
    {
        using var kit = new AccmKit("{}");
        var reviews = kit.Client.Construction.Reviews;

        FluentActions.Invoking(() => reviews.ListReviewsAsync(default)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => reviews.ListReviewProgressAsync(ProjectGuid, "")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => reviews.ListWorkflowsAsync(ProjectGuid, new ReviewWorkflowListOptions { Limit = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => reviews.GetReviewAsync(ProjectGuid, " ")).Should().ThrowAsync<ArgumentException>();
        kit.Handler.Count.Should().Be(0);
    }

    private static void AssertReview(Review review)
    {
        review.Id.Should().Be(ReviewId);
        review.SequenceId.Should().Be(23);
        review.Name.Should().Be("3rd Floor Design Review");
        review.Status.Should().Be("OPEN");
        review.CurrentStepId.Should().Be("Lane_uJtTI3vjaF");
        review.CurrentStepDueDate.Should().Be(new DateTimeOffset(2024, 11, 9, 1, 42, 16, 600, TimeSpan.Zero));
        review.CreatedBy!.Name.Should().Be("James Smith");
        review.FinishedAt.Should().Be(new DateTimeOffset(2024, 11, 10, 2, 33, 17, 336, TimeSpan.Zero));
        review.Archived.Should().BeFalse();
        review.ArchivedBy!.AutodeskId.Should().Be("TTFMLCMCRG5F");
        review.WorkflowId.Should().Be("0b43cedf-5c02-462b-8166-7dfbb13d3476");
        review.NextActionBy!.ClaimedBy.Should().ContainSingle().Which.AutodeskId.Should().Be("HWUBNU689CRU");
        review.NextActionBy.Candidates!.Roles.Should().ContainSingle().Which.AutodeskId.Should().Be("1473817");
    }
}
