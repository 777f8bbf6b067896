using ENamnd.Engine.Runtime;

namespace ENamnd.Host.Features.ResumeLinks;

/// <summary>Settings of workflows' resume links, Elsa's bookmark and event trigger URLs (<c>ResumeLinks</c> section).</summary>
public sealed class ResumeLinkOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ResumeLinks";

    /// <summary>The longest lifetime accepted.</summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(365);

    /// <summary>How long a link works when the workflow names no lifetime; default 30 days.</summary>
    public TimeSpan Lifetime { get; set; } = ResumeLinkSettings.DefaultLifetime;

    /// <summary>Whether <see cref="Lifetime"/> is at least a minute and at most <see cref="MaximumLifetime"/>.</summary>
    public bool IsValid => Lifetime >= TimeSpan.FromMinutes(1) && Lifetime <= MaximumLifetime;
}
