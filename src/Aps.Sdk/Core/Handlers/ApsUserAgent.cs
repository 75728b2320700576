using System.Reflection;
using System.Runtime.InteropServices;

namespace Aps.Sdk.Core.Handlers;

/// <summary>Builds <c>[AppId ]Aps.Sdk/&lt;version&gt; (.NET &lt;runtime&gt;; &lt;os&gt;)</c>; the version comes from the one place it lives (Directory.Build.props).</summary>
internal static class ApsUserAgent
{
    public static string Version { get; } = ReadVersion();

    public static string Create(string? applicationId)
    {
        var framework = RuntimeInformation.FrameworkDescription.Replace(".NET ", string.Empty, StringComparison.Ordinal);
        var os = Sanitize(RuntimeInformation.OSDescription);
        var core = $"Aps.Sdk/{Version} (.NET {Sanitize(framework)}; {os})";
        return string.IsNullOrWhiteSpace(applicationId) ? core : applicationId + " " + core;
    }

    private static string ReadVersion()
    {
        var informational = typeof(ApsUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(ApsUserAgent).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? informational[..plus] : informational;
    }

    private static string Sanitize(string text)
    {
        var chars = text.Where(c => c is >= ' ' and <= '~' && c is not '(' and not ')').ToArray();
        return new string(chars).Trim();
    }
}
