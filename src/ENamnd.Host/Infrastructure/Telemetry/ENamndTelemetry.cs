using System.Diagnostics;
using System.Reflection;

namespace ENamnd.Host.Infrastructure.Telemetry;

/// <summary>The names the host's own telemetry goes under: one meter and one activity source, both <c>ENamnd</c>.</summary>
public static class ENamndTelemetry
{
    /// <summary>The meter's and the activity source's name.</summary>
    public const string Name = "ENamnd";

    /// <summary>The service name exported with every span and metric.</summary>
    public const string ServiceName = "enamnd";

    /// <summary>The host's version, as built.</summary>
    public static readonly string Version =
        typeof(ENamndTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ENamndTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>The source of the host's own spans (jobs, outbox dispatch, email, resumes).</summary>
    public static readonly ActivitySource ActivitySource = new(Name, Version);
}
