namespace ENamnd.Host.Features.Cases;

/// <summary>Settings of new cases (section <c>Process</c>).</summary>
public sealed class CaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Process";

    /// <summary>Where the support documents (templates, checklists) are; the tasks link to files in it.</summary>
    public string DocumentLibraryUrl { get; set; } = "";
}
