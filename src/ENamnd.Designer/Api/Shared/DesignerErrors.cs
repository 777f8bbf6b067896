namespace ENamnd.Designer.Api.Shared;

/// <summary>How the designer's 400s name what was refused; the shape itself is <c>ENamnd.Http.ApiProblems</c>'.</summary>
public static class DesignerErrors
{
    /// <summary>The key a 400 lists its messages under; Elsa Studio shows the messages of every key.</summary>
    public const string Key = "workflowDefinition";
}
