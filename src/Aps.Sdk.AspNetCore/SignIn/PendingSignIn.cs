using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.AspNetCore.SignIn;

/// <summary>A started sign-in, kept server side under its <c>state</c> until the callback (never in the browser).</summary>
internal sealed class PendingSignIn
{
    [JsonPropertyName("v")]
    public required string CodeVerifier { get; init; }

    [JsonPropertyName("n")]
    public required string Nonce { get; init; }

    [JsonPropertyName("r")]
    public required string ReturnPath { get; init; }

    [JsonPropertyName("u")]
    public required string RedirectUri { get; init; }

    /// <summary>The hash of the browser's sign-in binding cookie: the callback must come from the browser that started it.</summary>
    [JsonPropertyName("b")]
    public required string Binding { get; init; }
}

/// <summary>The package's source-generated JSON metadata.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(PendingSignIn))]
[JsonSerializable(typeof(ApsUserInfo))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(SignInProblem))]
internal sealed partial class AspNetCoreJsonContext : JsonSerializerContext
{
}

/// <summary>The JSON answer of a sign-in failure for non-browser callers.</summary>
internal sealed class SignInProblem
{
    [JsonPropertyName("error")]
    public required string Error { get; init; }

    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
