using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace Aps.Sdk.Tests.Reliability;

/// <summary>One bad server answer: a name for the report, the content type and the body bytes.</summary>
public sealed record BadBody(string Name, string MediaType, byte[] Body);

/// <summary>
/// Bodies a broken proxy, a load balancer or a changed API might send: HTML, empty, truncated and invalid JSON,
/// JSON null, wrong top-level kinds, huge strings, deep nesting, and per model every property with a wrong type or an
/// unknown enum value.
/// </summary>
public static class FuzzCorpus
{
    private const int Huge = 1 << 20;

    public static IEnumerable<BadBody> Fixed()
    {
        yield return Text("html error page", "text/html", "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>");
        yield return Text("html labelled json", "application/json", "<html><body>Service Unavailable</body></html>");
        yield return Text("empty", "application/json", string.Empty);
        yield return Text("whitespace", "application/json", "   \r\n\t ");
        yield return Text("json null", "application/json", "null");
        yield return Text("truncated object", "application/json", "{\"bucketKey\":\"abc\",\"items\":[{\"a\":");
        yield return Text("truncated string", "application/json", "{\"data\":{\"id\":\"abc");
        yield return Text("unterminated array", "application/json", "[1,2,3");
        yield return Text("array instead of object", "application/json", "[{\"id\":1},{\"id\":2}]");
        yield return Text("string instead of object", "application/json", "\"just a string\"");
        yield return Text("number instead of object", "application/json", "12345");
        yield return Text("boolean instead of object", "application/json", "true");
        yield return Text("trailing garbage", "application/json", "{} garbage");
        yield return Text("two documents", "application/json", "{}{}");
        yield return Text("invalid escape", "application/json", "{\"a\":\"\\q\"}");
        yield return Text("lone surrogate escape", "application/json", "{\"a\":\"\\uD800\"}");
        yield return Text("nan literal", "application/json", "{\"a\":NaN}");
        yield return Text("single quotes", "application/json", "{'a':'b'}");
        yield return Text("unquoted keys", "application/json", "{a:1}");
        yield return new BadBody("invalid utf-8", "application/json", [(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}']);
        yield return new BadBody("utf-16 bom", "application/json", [0xFF, 0xFE, (byte)'{', 0, (byte)'}', 0]);
        yield return new BadBody("binary", "application/octet-stream", Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256)).ToArray());
        yield return Text("huge string value", "application/json", "{\"x\":\"" + new string('a', Huge) + "\"}");
        yield return Text("huge key", "application/json", "{\"" + new string('k', Huge) + "\":1}");
        yield return Text("huge number", "application/json", "{\"x\":" + new string('9', 100_000) + "}");
        yield return Text("deep arrays", "application/json", new string('[', 10_000) + new string(']', 10_000));
        yield return Text("deep objects", "application/json", string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000));
        yield return Text("many unknown properties", "application/json", "{" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"p{i}\":{i}")) + "}");
    }

    /// <summary>Bodies shaped like the model: every property present with the wrong kind of value.</summary>
    public static IEnumerable<BadBody> ForModel(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Properties.Count == 0)
        {
            yield break;
        }

        var values = new (string Name, string Json)[]
        {
            ("every property an array", "[1,\"x\",{}]"),
            ("every property an object", "{\"unexpected\":{\"deeper\":[1]}}"),
            ("every property a string", "\"not-what-you-expect\""),
            ("every property an unknown enum value", "\"SOME_FUTURE_VALUE_2030\""),
            ("every property a number", "-1.5e308"),
            ("every property an overflowing number", "1e400"),
            ("every property a huge integer", "123456789012345678901234567890"),
            ("every property a boolean", "true"),
            ("every property null", "null"),
            ("every property a date-like string", "\"2024-13-45T99:99:99Z\""),
            ("every property an empty string", "\"\""),
            ("every property a deeply nested value", new string('[', 200) + new string(']', 200)),
        };
        foreach (var (name, json) in values)
        {
            var body = "{" + string.Join(",", typeInfo.Properties.Select(p => $"\"{p.Name}\":{json}")) + "}";
            yield return Text(name, "application/json", body);
        }

        // Each property alone wrong, the others absent: catches converters that only fail in isolation.
        foreach (var property in typeInfo.Properties)
        {
            foreach (var json in new[] { "{\"x\":1}", "[[]]", "\"zzz\"", "99999999999999999999" })
            {
                yield return Text($"{property.Name} = {json}", "application/json", $"{{\"{property.Name}\":{json}}}");
            }
        }
    }

    private static BadBody Text(string name, string mediaType, string body) => new(name, mediaType, Encoding.UTF8.GetBytes(body));
}
