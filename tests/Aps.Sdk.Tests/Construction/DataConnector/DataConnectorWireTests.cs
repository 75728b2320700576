using System.Net;
using Aps.Sdk.Construction.DataConnector;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Acc.DataConnector;

public class DataConnectorWireTests
{
    private const string Account = "f9abf4c8-1f51-4b26-a6b7-6ac0639cb138";
    private const string RequestId = "ce9bc188-1e18-11eb-adc1-0242ac120002";
    private const string JobId = "ce9bc188-1e18-11eb-adc1-0242ac120002";

    private static string Fixture(string name) => AccM2Wire.Fixture("DataConnector", name);

    [Fact]
    public async Task ListRequests_sends_account_without_prefix_sort_filters_and_reads_the_seed_example()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("requests.json"));
        var options = new DataConnectorListOptions { Sort = "asc", Limit = 20 };
        options.SortFields.Add("createdByEmail");
        options.SortFields.Add("-createdAt");
        options.Filters["projectId"] = "null";

        var page = await aps.Construction.DataConnector.ListRequestsAsync("b." + Account, options).AsPages().FirstAsync();
        var requests = page.Values;

        var sent = wire.Single;
        sent.Method.Should().Be(HttpMethod.Get);
        sent.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/requests?sort=asc&sortFields=createdByEmail%2C-createdAt&filter[projectId]=null&limit=20");
        sent.Header("Authorization").Should().Be("Bearer static-access-token-value");
        sent.Header("x-user-id").Should().BeNull();
        page.TotalResults.Should().Be(100);
        page.ContinuationToken.Should().Be("1");

        var request = requests.Should().ContainSingle().Subject;
        request.Id.Should().Be(RequestId);
        request.Description.Should().Be("My Company Data Extract");
        request.IsActive.Should().BeTrue();
        request.AccountId.Should().Be(Account);
        request.ProjectId.Should().BeNull();
        request.ProjectIdList.Should().Equal("ffffffff-1f51-4b26-a6b7-6ac0639cb138", "aaaaaaaa-1f51-4b26-a6b7-6ac0639cb138");
        request.CreatedBy.Should().Be("ABCDEFGHI");
        request.CreatedByEmail.Should().Be("joe.user@mycompany.com");
        request.CreatedAt.Should().Be(DateTimeOffset.Parse("2020-11-06T19:09:40.106Z", System.Globalization.CultureInfo.InvariantCulture));
        request.UpdatedBy.Should().Be("ABCDEFGHI");
        request.UpdatedAt.Should().NotBeNull();
        request.ScheduleInterval.Should().Be(DataConnectorScheduleInterval.OneTime);
        request.RecurringInterval.Should().BeNull();
        request.EffectiveFrom.Should().NotBeNull();
        request.EffectiveTo.Should().NotBeNull();
        request.LastQueuedAt.Should().BeNull();
        request.ServiceGroups.Should().Equal("admin", "issues");
        request.CallbackUrl.Should().Be("https://api.mycompany.com/autodesk/jobinfo");
        request.SendEmail.Should().BeTrue();
        request.StartDate.Should().Be("2023-06-06T00:00:00.000Z");
        request.EndDate.Should().Be("2023-06-06T12:00:00.000Z");
        request.DateRange.Should().Be("LAST_MONTH");
        request.ProjectStatus.Should().Be("active");
        request.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListRequests_pages_by_offset_until_the_total_is_reached()
    {
        var page1 = """{"pagination":{"limit":2,"offset":0,"totalResults":3},"results":[{"id":"r1"},{"id":"r2"}]}""";
        var page2 = """{"pagination":{"limit":2,"offset":2,"totalResults":3},"results":[{"id":"r3"}]}""";
        var (aps, wire) = AccM2Wire.Sequence(page1, page2);

        var ids = (await aps.Construction.DataConnector.ListRequestsAsync(Account, new DataConnectorListOptions { Limit = 2 }).ToListAsync()).Select(r => r.Id);

        ids.Should().Equal("r1", "r2", "r3");
        wire.Requests.Select(r => r.PathAndQuery()).Should().Equal(
            $"/data-connector/v1/accounts/{Account}/requests?limit=2",
            $"/data-connector/v1/accounts/{Account}/requests?limit=2&offset=2");
    }

    [Fact]
    public async Task GetRequest_reads_the_seed_example()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("request.json"));

        var request = await aps.Construction.DataConnector.GetRequestAsync(Account, RequestId);

        wire.Single.Method.Should().Be(HttpMethod.Get);
        wire.Single.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/requests/{RequestId}");
        request.Id.Should().Be(RequestId);
        request.ScheduleInterval.Should().Be(DataConnectorScheduleInterval.OneTime);
        request.ProjectIdList.Should().HaveCount(2);
        request.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task DeleteRequest_sends_delete_and_accepts_204()
    {
        var (aps, wire) = AccM2Wire.Client((_, _) => Responses.Status(HttpStatusCode.NoContent));

        await aps.Construction.DataConnector.DeleteRequestAsync("b." + Account, RequestId);

        wire.Single.Method.Should().Be(HttpMethod.Delete);
        wire.Single.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/requests/{RequestId}");
    }

    [Fact]
    public async Task CreateRequest_posts_the_documented_body_with_the_misspelled_recurring_field()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("request.json"), HttpStatusCode.Created);

        var created = await aps.Construction.DataConnector.CreateRequestAsync(Account, new DataConnectorCreateRequest
        {
            Description = "Weekly",
            ScheduleInterval = DataConnectorScheduleInterval.Week,
            RecurringInterval = 2,
            EffectiveFrom = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ServiceGroups = ["admin", "issues"],
            ProjectIdList = ["p1"],
        });

        var sent = wire.Single;
        sent.Method.Should().Be(HttpMethod.Post);
        sent.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/requests");
        sent.ShouldHaveJsonBody("""{"description":"Weekly","scheduleInterval":"WEEK","reoccuringInterval":2,"effectiveFrom":"2024-01-01T00:00:00+00:00","serviceGroups":["admin","issues"],"projectIdList":["p1"]}""");
        created.Id.Should().Be(RequestId);
    }

    [Fact]
    public async Task UpdateRequest_patches_only_the_fields_set()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("request.json"));

        var updated = await aps.Construction.DataConnector.UpdateRequestAsync(Account, RequestId, new DataConnectorUpdateRequest { IsActive = false, ServiceGroups = ["all"] });

        var sent = wire.Single;
        sent.Method.Should().Be(HttpMethod.Patch);
        sent.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/requests/{RequestId}");
        sent.ShouldHaveJsonBody("""{"isActive":false,"serviceGroups":["all"]}""");
        updated.Id.Should().Be(RequestId);
    }

    [Fact]
    public async Task Operations_refuse_a_default_account_id_before_any_call()
    {
        var (aps, wire) = AccM2Wire.Json("{}");

        var act = () => aps.Construction.DataConnector.GetRequestAsync(default, RequestId);

        await act.Should().ThrowAsync<ArgumentException>();
        wire.Count.Should().Be(0);
    }

    [Fact]
    public async Task CreateRequest_refuses_a_request_without_schedule_or_service_group_before_any_call()
    {
        var (aps, wire) = AccM2Wire.Json("{}");

        var noSchedule = () => aps.Construction.DataConnector.CreateRequestAsync(Account, new DataConnectorCreateRequest { EffectiveFrom = DateTimeOffset.UtcNow, ServiceGroups = ["all"] });
        var noGroups = () => aps.Construction.DataConnector.CreateRequestAsync(Account, new DataConnectorCreateRequest { ScheduleInterval = DataConnectorScheduleInterval.OneTime, EffectiveFrom = DateTimeOffset.UtcNow });

        await noSchedule.Should().ThrowAsync<ArgumentException>();
        await noGroups.Should().ThrowAsync<ArgumentException>();
        wire.Count.Should().Be(0);
    }

    [Fact]
    public async Task ListRequestJobs_sends_sort_and_limit_and_reads_jobs()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("request-jobs.json"));
        var options = new DataConnectorListOptions { Sort = "desc", Limit = 20 };

        var jobs = (await aps.Construction.DataConnector.ListRequestJobsAsync(Account, RequestId, options).AsPages().FirstAsync()).Values;

        wire.Single.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/requests/{RequestId}/jobs?sort=desc&limit=20");
        var job = jobs.Should().ContainSingle().Subject;
        AssertSeedJob(job);
    }

    [Fact]
    public async Task ListJobs_sends_project_without_prefix_and_filters()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("jobs.json"));
        var options = new DataConnectorListJobsOptions { ProjectId = "b.ffffffff-1f51-4b26-a6b7-6ac0639cb138", Sort = "asc" };
        options.Filters["status"] = "complete";

        var jobs = (await aps.Construction.DataConnector.ListJobsAsync(Account, options).AsPages().FirstAsync()).Values;

        wire.Single.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/jobs?projectId=ffffffff-1f51-4b26-a6b7-6ac0639cb138&sort=asc&filter[status]=complete");
        AssertSeedJob(jobs.Should().ContainSingle().Subject);
    }

    [Fact]
    public async Task GetJob_reads_the_seed_example_with_empty_progress()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("job.json"));

        var job = await aps.Construction.DataConnector.GetJobAsync(Account, JobId);

        wire.Single.Method.Should().Be(HttpMethod.Get);
        wire.Single.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/jobs/{JobId}");
        AssertSeedJob(job);
    }

    [Fact]
    public async Task CancelJob_sends_delete()
    {
        var (aps, wire) = AccM2Wire.Client((_, _) => Responses.Status(HttpStatusCode.NoContent));

        await aps.Construction.DataConnector.CancelJobAsync(Account, JobId);

        wire.Single.Method.Should().Be(HttpMethod.Delete);
        wire.Single.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/jobs/{JobId}");
    }

    [Fact]
    public async Task ListJobData_reads_the_bare_array_with_size_as_string()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("data-listing.json"));

        var files = await aps.Construction.DataConnector.ListJobDataAsync(Account, JobId).ToListAsync();

        wire.Single.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/jobs/{JobId}/data-listing");
        var file = files.Should().ContainSingle().Subject;
        file.Name.Should().Be("admin_companies.csv");
        file.CreatedAt.Should().NotBeNull();
        file.Size.Should().Be(123456);
        file.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task GetJobDataSignedUrl_escapes_the_name_and_hides_the_url_in_ToString()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("data-signed-url.json"));

        var signed = await aps.Construction.DataConnector.GetJobDataSignedUrlAsync(Account, JobId, "admin companies.csv");

        wire.Single.PathAndQuery().Should().Be($"/data-connector/v1/accounts/{Account}/jobs/{JobId}/data/admin%20companies.csv");
        signed.Name.Should().Be("admin_companies.csv");
        signed.Size.Should().Be(123456);
        signed.SignedUrl.Should().StartWith("https://bim360dc-p-ue1-extracts.s3.amazonaws.com/");
        signed.ToString().Should().NotContain("Signature");
        signed.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task DownloadJobData_streams_the_signed_url_without_the_APS_token()
    {
        const string Signed = "https://extracts.example.com/data/admin.csv?Signature=abc";
        var (aps, wire) = AccM2Wire.Client((request, _) => request.RequestUri!.Host == "extracts.example.com"
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("a,b\n1,2\n") }
            : Responses.Json($$"""{"name":"admin.csv","size":8,"signedUrl":"{{Signed}}"}"""));

        await using var stream = await aps.Construction.DataConnector.DownloadJobDataAsync(Account, JobId, "admin.csv");
        using var reader = new StreamReader(stream);

        (await reader.ReadToEndAsync()).Should().Be("a,b\n1,2\n");
        var calls = wire.Requests.ToList();
        calls.Should().HaveCount(2);
        calls[1].Uri.AbsoluteUri.Should().Be(Signed);
        calls[1].Header("Authorization").Should().BeNull();
    }

    [Fact]
    public async Task DownloadJobData_failure_does_not_reveal_the_signature()
    {
        var (aps, _) = AccM2Wire.Client((request, _) => request.RequestUri!.Host == "extracts.example.com"
            ? Responses.Text("expired", HttpStatusCode.Forbidden)
            : Responses.Json("""{"name":"a.csv","signedUrl":"https://extracts.example.com/a.csv?Signature=top-secret"}"""));

        var act = () => aps.Construction.DataConnector.DownloadJobDataAsync(Account, JobId, "a.csv");

        (await act.Should().ThrowAsync<ApsException>()).Which.Message.Should().NotContain("top-secret").And.Contain("403");
    }

    [Fact]
    public async Task JobOperation_polls_until_complete_and_reports_progress()
    {
        var running = """{"id":"j","status":"running","progress":40}""";
        var done = """{"id":"j","status":"complete","completionStatus":"success","progress":100}""";
        var (aps, wire) = AccM2Wire.Sequence(running, done);
        var seen = new List<ApsOperationProgress>();

        var operation = aps.Construction.DataConnector.GetJobOperation(Account, "j", new ApsPollingOptions { InitialDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero });
        var job = await operation.WaitForCompletionAsync(new SyncProgress(seen.Add));

        job.CompletionStatus.Should().Be(DataConnectorCompletionStatus.Success);
        operation.HasCompleted.Should().BeTrue();
        seen.Select(p => p.Status).Should().Equal("running", "success");
        seen[0].PercentComplete.Should().Be(40);
        wire.Count.Should().Be(2);
    }

    [Fact]
    public async Task JobOperation_fails_for_a_cancelled_job()
    {
        var (aps, _) = AccM2Wire.Json("""{"id":"j","status":"complete","completionStatus":"cancelled"}""");

        var act = () => aps.Construction.DataConnector.GetJobOperation(Account, "j").WaitForCompletionAsync();

        (await act.Should().ThrowAsync<ApsException>()).Which.Message.Should().Contain("cancelled");
    }

    [Fact]
    public async Task DownloadJobFiles_waits_lists_and_writes_each_file()
    {
        var directory = Path.Combine(Path.GetTempPath(), "aps-dc-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (aps, wire) = AccM2Wire.Client((request, _) =>
            {
                var path = request.RequestUri!.AbsolutePath;
                if (request.RequestUri.Host == "extracts.example.com")
                {
                    return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("content of " + path.TrimStart('/')) };
                }

                if (path.EndsWith("/data-listing", StringComparison.Ordinal))
                {
                    return Responses.Json("""[{"name":"admin_companies.csv","size":"26"},{"name":"README.html","size":"20"}]""");
                }

                if (path.Contains("/data/", StringComparison.Ordinal))
                {
                    var name = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
                    return Responses.Json($$"""{"name":"{{name}}","signedUrl":"https://extracts.example.com/{{name}}?Signature=s"}""");
                }

                return Responses.Json("""{"id":"j","status":"complete","completionStatus":"success"}""");
            });

            var files = await aps.Construction.DataConnector.DownloadJobFilesAsync(Account, "j", directory, new DataConnectorDownloadOptions
            {
                FileFilter = name => name.EndsWith(".csv", StringComparison.Ordinal),
            });

            var file = files.Should().ContainSingle().Subject;
            file.Name.Should().Be("admin_companies.csv");
            File.ReadAllText(file.Path).Should().Be("content of admin_companies.csv");
            file.Length.Should().Be("content of admin_companies.csv".Length);
            wire.Requests.Select(r => r.Uri.AbsolutePath).Should().Equal(
                $"/data-connector/v1/accounts/{Account}/jobs/j",
                $"/data-connector/v1/accounts/{Account}/jobs/j/data-listing",
                $"/data-connector/v1/accounts/{Account}/jobs/j/data/admin_companies.csv",
                "/admin_companies.csv");
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task DownloadJobFiles_refuses_a_listed_name_that_escapes_the_directory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "aps-dc-" + Guid.NewGuid().ToString("N"));
        var (aps, _) = AccM2Wire.Client((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/data-listing", StringComparison.Ordinal)
            ? Responses.Json("""[{"name":"../evil.csv"}]""")
            : Responses.Json("""{"id":"j","status":"complete","completionStatus":"success"}"""));
        try
        {
            var act = () => aps.Construction.DataConnector.DownloadJobFilesAsync(Account, "j", directory);

            await act.Should().ThrowAsync<ApsException>();
            File.Exists(Path.Combine(directory, "..", "evil.csv")).Should().BeFalse();
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Data_Connector_refuses_x_user_id_because_it_is_3_legged_only()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("job.json"));

        var act = () => aps.Construction.DataConnector.GetJobAsync(Account, JobId, new ApsRequestOptions { UserId = "someone" });

        await act.Should().ThrowAsync<ArgumentException>();
        wire.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_429_becomes_a_rate_limit_exception()
    {
        var (aps, _) = AccM2Wire.Client((_, _) => Responses.Json("""{"code":"429","message":"Rate limited exceeded; wait some time before retrying."}""", HttpStatusCode.TooManyRequests),
            o => o.Resilience.MaxRetryAttempts = 0);

        var act = () => aps.Construction.DataConnector.GetJobAsync(Account, JobId);

        await act.Should().ThrowAsync<ApsRateLimitException>();
    }

    private static void AssertSeedJob(DataConnectorJob job)
    {
        job.Id.Should().Be(JobId);
        job.RequestId.Should().Be("a5a8e90f-3dbe-4b08-9b8e-16e8049ce31e");
        job.AccountId.Should().Be(Account);
        job.ProjectId.Should().BeNull();
        job.ProjectIdList.Should().HaveCount(2);
        job.CreatedBy.Should().Be("ABCDEFGHI");
        job.CreatedByEmail.Should().Be("joe.user@mycompany.com");
        job.CreatedAt.Should().NotBeNull();
        job.Status.Should().Be(DataConnectorJobStatus.Complete);
        job.CompletionStatus.Should().Be(DataConnectorCompletionStatus.Success);
        job.StartedAt.Should().NotBeNull();
        job.CompletedAt.Should().NotBeNull();
        job.SendEmail.Should().BeTrue();
        job.Progress.Should().BeNull();
        job.LastDownloadedBy.Should().Be("joe.user@mycompany.com");
        job.LastDownloadedAt.Should().NotBeNull();
        job.StartDate.Should().Be("2023-06-06T00:00:00.000Z");
        job.EndDate.Should().Be("2023-06-06T12:00:00.000Z");
        job.AdditionalData.Should().BeNullOrEmpty();
    }

    private sealed class SyncProgress(Action<ApsOperationProgress> report) : IProgress<ApsOperationProgress>
    {
        public void Report(ApsOperationProgress value) => report(value);
    }
}
