using System.Text.Json.Nodes;

namespace ENamnd.Workflows.Tests.Templates;

/// <summary>Representative case data for rendering the process templates: everything filled in, or only what a case must have.</summary>
internal static class CaseData
{
    /// <summary>Workflow input with every optional field set.</summary>
    public static JsonObject FullInput() => new()
    {
        ["titel"] = "Gemensam e-tjänsteplattform",
        ["beskrivning"] = "Kommunerna delar en plattform för e-tjänster.",
        ["dokumentbibliotek"] = "https://example.org/dokument",
        ["arendesida"] = "https://example.org/arenden/2026-17",
        ["forslag"] = "En modul för bokning av lokaler.",
        ["avtal"] = new JsonObject { ["startDate"] = "2026-01-01", ["endDate"] = "2029-12-31", ["name"] = "E-tjänsteplattform" },
        ["contractId"] = "avtal-7",
        ["contractName"] = "E-tjänsteplattform",
        ["summary"] = "Avtalet löper ut 2027-06-30.",
        ["caseNumber"] = "2026/17",
    };

    /// <summary>Workflow input without the optional fields: some missing, some empty.</summary>
    public static JsonObject SparseInput() => new()
    {
        ["titel"] = "Gemensam e-tjänsteplattform",
        ["beskrivning"] = "",
        ["forslag"] = "En modul för bokning av lokaler.",
        ["avtal"] = new JsonObject { ["name"] = "E-tjänsteplattform" },
        ["contractId"] = "avtal-7",
        ["contractName"] = "E-tjänsteplattform",
        ["summary"] = "Avtalet löper ut 2027-06-30.",
        ["caseNumber"] = "2026/17",
    };

    /// <summary>Workflow variables with every value set.</summary>
    public static JsonObject FullVariables() => new()
    {
        ["fas"] = "Förstudie",
        ["utfall"] = "Stoppad i förstudie: för få kommuner",
        ["forslagText"] = "Förläng avtalet",
        ["motivering"] = "Lösningen används av alla kommuner.",
        ["foreslagetAv"] = "Samordnaren",
    };

    /// <summary>Workflow variables with the optional comment left empty.</summary>
    public static JsonObject SparseVariables()
    {
        var variables = FullVariables();
        variables["motivering"] = "";
        return variables;
    }
}
