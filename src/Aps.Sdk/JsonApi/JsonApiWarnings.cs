using System.Text.Json;
using Aps.Sdk.Core.Errors;

namespace Aps.Sdk.JsonApi;

internal static class JsonApiWarnings
{
    public static IReadOnlyList<ApsWarning> Read(JsonElement? meta)
    {
        if (meta is not { ValueKind: JsonValueKind.Object } element)
        {
            return [];
        }

        using var document = JsonDocument.Parse("{\"meta\":" + element.GetRawText() + "}");
        return ApsErrorParser.ParseJson(document.RootElement).Warnings;
    }
}
