using System.Text.Json.Nodes;

namespace ENamnd.ElsaConformance.Manifest;

/// <summary>One elsa-core JSON file: what its Elsa test does with it and expects, or why it is not measured.</summary>
public sealed record FileExpectation
{
    /// <summary>The run kinds: execute once, execute and resume every bookmark until the end, an HTTP request, designer API reads (and the posts between them), publish.</summary>
    public static readonly IReadOnlyList<string> RunKinds = ["execute", "untilEnd", "http", "api", "publish"];

    /// <summary>The file's path, relative to the elsa-core root.</summary>
    public required string Path { get; init; }

    /// <summary>The Elsa test class that uses the file, relative to its test project.</summary>
    public string? Test { get; init; }

    /// <summary>The files one host shares (as one Elsa test's services do); by default the file's scenario folder.</summary>
    public string? Group { get; init; }

    /// <summary>Files imported first, in order (child workflows the test loads with it).</summary>
    public List<string> Imports { get; init; } = [];

    /// <summary>Whether the file is published after the import (Elsa's test import publishes; a folder of files loads as the files say).</summary>
    public bool Publish { get; init; } = true;

    /// <summary>How the file is run: one of <see cref="RunKinds"/>; null when it is only imported.</summary>
    public string? Run { get; init; }

    /// <summary>The workflow input the test passes.</summary>
    public JsonObject? Input { get; init; }

    /// <summary>A definition version to run instead of the published one.</summary>
    public int? Version { get; init; }

    /// <summary>
    /// Alterations (Elsa's JSON) applied to the instance after its run, as the test's <c>IAlterationRunner</c> does, through
    /// <c>POST /alterations/run</c>; the expectation then reads the instance as they left it.
    /// </summary>
    public JsonArray? Alterations { get; init; }

    /// <summary>The request of an <c>http</c> run.</summary>
    public HttpCall? Http { get; init; }

    /// <summary>The reads of an <c>api</c> run.</summary>
    public List<ApiCheck> Api { get; init; } = [];

    /// <summary>What the run must give.</summary>
    public Expectation? Expect { get; init; }

    /// <summary>The file whose test checks this one (this one is its child workflow).</summary>
    public string? CheckedVia { get; init; }

    /// <summary>Why a checked file is not measured: what its test needs that ENamnd has no equivalent of.</summary>
    public string? LeftOut { get; init; }

    /// <summary>Why no Elsa test asserts this workflow.</summary>
    public string? NotChecked { get; init; }

    /// <summary>What the file is, when it is not a workflow.</summary>
    public string? NotWorkflow { get; init; }

    /// <summary>Anything else a reader of the result should know (what of the test is and is not measured).</summary>
    public string? Note { get; init; }

    /// <summary>What the file is for.</summary>
    public FileRole Role =>
        NotWorkflow is not null ? FileRole.NotAWorkflow
        : LeftOut is not null ? FileRole.LeftOut
        : NotChecked is not null ? FileRole.NotChecked
        : CheckedVia is not null ? FileRole.Dependency
        : FileRole.Checked;

    /// <summary>The host group: <see cref="Group"/>, or the scenario folder (the file's folder without a trailing <c>Workflows</c>).</summary>
    public string GroupName
    {
        get
        {
            if (Group is not null) return Group;
            var folder = System.IO.Path.GetDirectoryName(Path)?.Replace('\\', '/') ?? "";
            return folder.EndsWith("/Workflows", StringComparison.Ordinal) ? folder[..^"/Workflows".Length] : folder;
        }
    }
}
