using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Reliability;

/// <summary>
/// Every model of every source-generated context in the SDK (found by reflection, so a new area's context is covered
/// the day it is added), read through the real pipeline path (<see cref="ApsPipeline.SendAsync{T}"/>: handlers,
/// status check, JSON read) from every bad body of <see cref="FuzzCorpus"/>: the only exception a user may see is
/// <see cref="ApsException"/>. A model that accepts a body is fine (the SDK is lenient by design); a
/// <see cref="JsonException"/>, <see cref="InvalidOperationException"/>, <see cref="FormatException"/>,
/// <see cref="OverflowException"/>, ... escaping is a bug.
/// </summary>
public sealed class ResponseFuzzTests : IDisposable
{
    private readonly ConcurrentDictionary<string, BadBody> _bodies = new();
    private readonly ApsClient _client;

    public ResponseFuzzTests()
    {
        var handler = new RecordingHandlerLite(path =>
        {
            var (body, status) = Parse(path);
            var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(body.Body) };
            response.Content.Headers.ContentType = new MediaTypeHeaderValue(body.MediaType);
            return response;
        });
        // No retries and no circuit breaker: each body is read once, and hundreds of 5xx in a row must not open the
        // breaker (an open breaker is an ApsException without a status, correct but not what this test looks at).
        _client = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.CircuitBreaker.Enabled = false;
        });
    }

    /// <summary>Every context that reads APS answers; the transfer checkpoint context reads the SDK's own files.</summary>
    internal static IReadOnlyList<JsonSerializerContext> Contexts()
        => typeof(ApsJsonContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(JsonSerializerContext)) && !t.IsAbstract && t.Name != "OssTransferJsonContext")
            .Select(t => (JsonSerializerContext)t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .ToList();

    public static TheoryData<string> Models()
    {
        var data = new TheoryData<string>();
        foreach (var (key, _) in AllModels())
        {
            data.Add(key);
        }

        return data;
    }

    private static IEnumerable<(string Key, JsonTypeInfo TypeInfo)> AllModels()
    {
        foreach (var context in Contexts())
        {
            foreach (var attribute in context.GetType().GetCustomAttributesData().Where(a => a.AttributeType == typeof(JsonSerializableAttribute)))
            {
                var type = (Type)attribute.ConstructorArguments[0].Value!;
                var info = context.GetTypeInfo(type);
                if (info is not null)
                {
                    yield return (context.GetType().Name + ":" + Describe(type), info);
                }
            }
        }
    }

    private static string Describe(Type type)
        => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(",", type.GetGenericArguments().Select(Describe)) + ">" : type.Name;

    [Fact]
    public void Every_area_context_is_found()
    {
        var names = Contexts().Select(c => c.GetType().Name).ToList();
        names.Should().Contain("ApsJsonContext");
        AllModels().Count().Should().BeGreaterThan(30);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task A_bad_body_with_a_success_status_surfaces_only_as_ApsException(string model)
    {
        var typeInfo = AllModels().First(m => m.Key == model).TypeInfo;
        var send = typeof(ApsPipeline).GetMethod(nameof(ApsPipeline.SendAsync), BindingFlags.Public | BindingFlags.Instance, [typeof(HttpRequestMessage), typeof(JsonTypeInfo<>).MakeGenericType(typeInfo.Type), typeof(ApsRequestOptions), typeof(CancellationToken)])
            ?? typeof(ApsPipeline).GetMethods().Single(m => m.Name == nameof(ApsPipeline.SendAsync) && m.IsGenericMethodDefinition).MakeGenericMethod(typeInfo.Type);
        var failures = new List<string>();
        foreach (var body in FuzzCorpus.Fixed().Concat(FuzzCorpus.ForModel(typeInfo)))
        {
            var path = Register(body, HttpStatusCode.OK);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_client.Options.BaseAddress, path));
            try
            {
                await (Task)send.Invoke(_client.Pipeline, [request, typeInfo, null, CancellationToken.None])!;
            }
            catch (ApsException ex)
            {
                if (ex.Message.Length > 8 * 1024)
                {
                    failures.Add($"{body.Name}: ApsException message of {ex.Message.Length} characters");
                }
            }
            catch (Exception ex)
            {
                failures.Add($"{body.Name}: {ex.GetType().FullName}: {ex.Message}");
            }
        }

        failures.Should().BeEmpty($"{model} must turn every bad body into an ApsException or a value");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_bad_error_body_surfaces_as_ApsException_with_the_status(int status)
    {
        var failures = new List<string>();
        foreach (var body in FuzzCorpus.Fixed().Concat(FuzzCorpus.ForModel(ApsJsonContext.Default.ApsError)))
        {
            var path = Register(body, (HttpStatusCode)status);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_client.Options.BaseAddress, path));
            try
            {
                await _client.Pipeline.SendAsync(request, ApsJsonContext.Default.JsonElement, null, CancellationToken.None);
                failures.Add($"{body.Name}: no exception for {status}");
            }
            catch (ApsException ex)
            {
                if (ex.StatusCode != status)
                {
                    failures.Add($"{body.Name}: status {ex.StatusCode}");
                }

                if (ex.Message.Length > 8 * 1024 || ex.ToString().Length > 64 * 1024)
                {
                    failures.Add($"{body.Name}: message of {ex.Message.Length} characters");
                }
            }
            catch (Exception ex)
            {
                failures.Add($"{body.Name}: {ex.GetType().FullName}: {ex.Message}");
            }
        }

        failures.Should().BeEmpty();
    }

    public void Dispose() => _client.Dispose();

    private string Register(BadBody body, HttpStatusCode status)
    {
        var id = Guid.NewGuid().ToString("N");
        _bodies[id] = body;
        return $"/fuzz/{(int)status}/{id}";
    }

    private (BadBody Body, HttpStatusCode Status) Parse(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        _bodies.TryRemove(parts[2], out var body);
        return (body!, (HttpStatusCode)int.Parse(parts[1]));
    }

    /// <summary>Answers by path without recording bodies (the corpus has megabyte bodies).</summary>
    private sealed class RecordingHandlerLite(Func<string, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = respond(request.RequestUri!.AbsolutePath);
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }
}
