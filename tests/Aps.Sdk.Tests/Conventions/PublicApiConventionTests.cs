using System.Reflection;
using System.Runtime.CompilerServices;

namespace Aps.Sdk.Tests.Conventions;

/// <summary>Rules every public type of the SDK follows, checked by reflection so new areas cannot drift.</summary>
public class PublicApiConventionTests
{
    private static readonly Assembly Sdk = typeof(ApsClient).Assembly;

    private static IEnumerable<Type> PublicTypes => Sdk.GetExportedTypes();

    private static IEnumerable<MethodInfo> PublicAsyncMethods
        => PublicTypes
            .Where(t => t.IsClass && !t.IsAbstract || t.IsClass && t.IsAbstract && !t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && IsAsync(m.ReturnType));

    private static bool IsAsync(Type type)
        => type == typeof(Task) || type == typeof(ValueTask)
           || type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    // Service types: mocked by overriding their virtual methods (clients and the transfer manager).
    private static bool IsClientType(Type type) => type.Name.EndsWith("Client", StringComparison.Ordinal) || type.Name.EndsWith("TransferManager", StringComparison.Ordinal);

    [Fact]
    public void Every_public_async_method_of_a_client_is_virtual()
    {
        var offenders = PublicAsyncMethods
            .Where(m => IsClientType(m.DeclaringType!) && !m.IsVirtual)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        offenders.Should().BeEmpty("clients are mocked by overriding their methods");
    }

    [Fact]
    public void Every_public_async_method_takes_a_CancellationToken_last()
    {
        var offenders = PublicAsyncMethods
            .Where(m => m.GetParameters() is var p && (p.Length == 0 || p[^1].ParameterType != typeof(CancellationToken)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})")
            .ToList();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Interface_async_methods_take_a_CancellationToken_last()
    {
        var offenders = PublicTypes.Where(t => t.IsInterface)
            .SelectMany(t => t.GetMethods())
            .Where(m => IsAsync(m.ReturnType) && (m.GetParameters().Length == 0 || m.GetParameters()[^1].ParameterType != typeof(CancellationToken)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Clients_can_be_mocked_through_a_protected_parameterless_constructor()
    {
        var clients = PublicTypes.Where(t => t.IsClass && IsClientType(t)).ToList();
        clients.Should().NotBeEmpty();
        foreach (var client in clients)
        {
            client.IsSealed.Should().BeFalse($"{client.Name} must be mockable");
            client.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)
                .Should().NotBeNull($"{client.Name} needs a protected parameterless constructor")
                .And.Match<ConstructorInfo>(c => c.IsFamily);
        }
    }

    [Fact]
    public void Every_public_model_is_sealed()
    {
        // Types designed for inheritance: clients (mocking), exceptions, the per-call options base, and the abstract
        // pageable/operation types that mocks derive from.
        var designedForInheritance = new HashSet<Type> { typeof(ApsRequestOptions), typeof(ApsException) };
        var offenders = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Where(t => !IsClientType(t) && !designedForInheritance.Contains(t) && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName)
            .ToList();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Lists_return_ApsPageable()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("List", StringComparison.Ordinal))
            .Where(m => !(m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(ApsPageable<>)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Public_async_methods_are_not_async_void_and_return_tasks()
    {
        var asyncVoid = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(void) && m.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        asyncVoid.Should().BeEmpty();
    }

    [Fact]
    public void Extensible_value_types_are_readonly_structs()
    {
        typeof(ApsRegion).IsValueType.Should().BeTrue();
        typeof(ApsRegion).GetCustomAttribute<IsReadOnlyAttribute>().Should().NotBeNull();
    }
}
