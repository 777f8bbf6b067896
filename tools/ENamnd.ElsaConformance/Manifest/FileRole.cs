namespace ENamnd.ElsaConformance.Manifest;

/// <summary>What the manifest says an elsa-core file is for, and so whether it counts towards the percentage.</summary>
public enum FileRole
{
    /// <summary>An Elsa test runs it and asserts its result; counted.</summary>
    Checked,

    /// <summary>Imported for another file's test (a child workflow); counted, matched when that test matches.</summary>
    Dependency,

    /// <summary>An Elsa test checks it, but for something ENamnd has no equivalent of; listed, not counted.</summary>
    LeftOut,

    /// <summary>A workflow no Elsa test asserts; imported only, not counted.</summary>
    NotChecked,

    /// <summary>Not a workflow (a serializer fixture, a runner setting); neither imported nor counted.</summary>
    NotAWorkflow,
}
