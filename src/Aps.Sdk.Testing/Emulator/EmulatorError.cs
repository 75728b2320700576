using System.Text.Json.Nodes;

namespace Aps.Sdk.Testing.Emulator;

/// <summary>
/// Thrown by route handlers to answer with an error; the dispatcher writes it. Carries either a JSON body (in the
/// shape of the API that fails: OSS <c>{reason}</c>, OAuth <c>{error, error_description}</c>, ...) or S3 XML.
/// </summary>
#pragma warning disable CA1032 // Internal control-flow exception: only the factory methods make sense.
internal sealed class EmulatorError : Exception
#pragma warning restore CA1032
{
    private EmulatorError(int status, string message, JsonObject? json, string? xml)
        : base(message)
    {
        Status = status;
        Json = json;
        Xml = xml;
    }

    public int Status { get; }

    public JsonObject? Json { get; }

    public string? Xml { get; }

    /// <summary>Gets or sets extra response headers.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An OSS error: <c>{"reason": ...}</c>, optionally with more fields.</summary>
    public static EmulatorError Reason(int status, string reason, Action<JsonObject>? extend = null)
    {
        var body = new JsonObject { ["reason"] = reason };
        extend?.Invoke(body);
        return new(status, reason, body, null);
    }

    /// <summary>An OAuth error (RFC 6749): <c>{"error": ..., "error_description": ...}</c>.</summary>
    public static EmulatorError OAuth(int status, string error, string description)
        => new(status, description, new JsonObject { ["error"] = error, ["error_description"] = description }, null);

    /// <summary>A gateway error (authorization): <c>{"developerMessage": ..., "errorCode": ...}</c>.</summary>
    public static EmulatorError Gateway(int status, string errorCode, string message)
        => new(status, message, new JsonObject { ["developerMessage"] = message, ["errorCode"] = errorCode, ["moreInfo"] = "https://aps.autodesk.com/en/docs/oauth/v2/developers_guide/error_handling/" }, null);

    /// <summary>An S3 error document: <c>&lt;Error&gt;&lt;Code&gt;...</c>.</summary>
    public static EmulatorError S3(int status, string code, string message)
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + System.Security.SecurityElement.Escape(code) + "</Code><Message>"
            + System.Security.SecurityElement.Escape(message) + "</Message><RequestId>" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant() + "</RequestId></Error>";
        return new(status, message, null, xml);
    }

    /// <summary>A bare status with a JSON body of any shape.</summary>
    public static EmulatorError Custom(int status, JsonObject body) => new(status, body.ToJsonString(), body, null);

    public EmulatorError WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
