using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Tests.Conventions;

/// <summary>Rules every JSON model follows, checked over every type the SDK's source-generated context serves.</summary>
public class ModelConventionTests
{
    public static TheoryData<Type> Models()
    {
        var data = new TheoryData<Type>();
        foreach (var context in Contexts())
        {
            foreach (var attribute in context.GetType().GetCustomAttributesData().Where(a => a.AttributeType == typeof(JsonSerializableAttribute)))
            {
                var type = (Type)attribute.ConstructorArguments[0].Value!;
                if (type.IsClass && type.Namespace?.StartsWith("Aps.Sdk", StringComparison.Ordinal) == true)
                {
                    data.Add(type);
                }
            }
        }

        return data;
    }

    /// <summary>
    /// Every source-generated context of the SDK that reads APS responses (one per area), through its <c>Default</c>
    /// instance. The transfer checkpoint context is left out: it reads the SDK's own files, strictly.
    /// </summary>
    internal static IReadOnlyList<JsonSerializerContext> Contexts()
        => typeof(ApsJsonContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(JsonSerializerContext)) && !t.IsAbstract && t.Name != "OssTransferJsonContext")
            .Select(t => (JsonSerializerContext)t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .ToList();

    private static JsonTypeInfo TypeInfoOf(Type model)
        => Contexts().Select(c => c.GetTypeInfo(model)).First(i => i is not null && i.Kind == JsonTypeInfoKind.Object)!;

    [Fact]
    public void Every_area_context_reads_and_writes_like_the_core_context()
    {
        var core = ApsJsonContext.Default.Options;
        foreach (var context in Contexts())
        {
            var options = context.Options;
            var name = context.GetType().Name;
            options.DefaultIgnoreCondition.Should().Be(core.DefaultIgnoreCondition, name);
            options.NumberHandling.Should().Be(core.NumberHandling, name);
            options.AllowOutOfOrderMetadataProperties.Should().Be(core.AllowOutOfOrderMetadataProperties, name);
            options.ReadCommentHandling.Should().Be(core.ReadCommentHandling, name);
            options.AllowTrailingCommas.Should().Be(core.AllowTrailingCommas, name);
            options.PropertyNamingPolicy.Should().Be(core.PropertyNamingPolicy, name);
        }
    }

    /// <summary>The smallest JSON object the model accepts: its required properties as strings, nothing else.</summary>
    private static string MinimalJson(JsonTypeInfo typeInfo)
        => "{" + string.Join(",", typeInfo.Properties.Where(p => p.IsRequired).Select(p => $"\"{p.Name}\":\"x\"")) + "}";

    [Theory]
    [MemberData(nameof(Models))]
    public void Collections_are_never_null_when_the_field_is_absent(Type model)
    {
        var typeInfo = TypeInfoOf(model);
        var value = JsonSerializer.Deserialize(MinimalJson(typeInfo), typeInfo);
        var nullability = new NullabilityInfoContext();

        value.Should().NotBeNull();
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType)
                || property.GetCustomAttribute<JsonExtensionDataAttribute>() is not null
                || nullability.Create(property).ReadState == NullabilityState.Nullable)
            {
                continue;
            }

            property.GetValue(value).Should().NotBeNull($"{model.Name}.{property.Name} is a collection and must be empty, not null, when APS omits it");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Unknown_fields_are_kept(Type model)
    {
        var typeInfo = TypeInfoOf(model);
        var minimal = MinimalJson(typeInfo);
        var json = minimal == "{}" ? """{"someFieldNoSpecLists":{"nested":[1,2]}}""" : minimal[..^1] + ""","someFieldNoSpecLists":{"nested":[1,2]}}""";
        var value = JsonSerializer.Deserialize(json, typeInfo);

        var extension = model.GetProperty("AdditionalData");
        extension.Should().NotBeNull($"{model.Name} must keep unknown fields");
        var data = extension!.GetValue(value).Should().BeAssignableTo<IDictionary<string, JsonElement>>().Subject;
        data.Should().ContainKey("someFieldNoSpecLists");
    }
}

