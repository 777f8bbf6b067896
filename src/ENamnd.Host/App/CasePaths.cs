namespace ENamnd.Host.App;

/// <summary>The address of a case's page: its case number, slash kept, e.g. <c>/arenden/2026/14-2.2.0.1</c>.</summary>
public static class CasePaths
{
    /// <summary>The page of the case with this number (or id).</summary>
    public static string Of(string caseNumberOrId) =>
        "/arenden/" + string.Join('/', caseNumberOrId.Split('/').Select(Uri.EscapeDataString));
}
