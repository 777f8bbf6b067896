using ENamnd.Activities.Decisions;
using ENamnd.Workflows.Process;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// The three invented cases of the demo, numbered in the current year: one freshly started in idea qualification, one in
/// the pre-study waiting for the municipalities' agreement, and one in the development project waiting for its plan.
/// </summary>
public static class DemoCases
{
    /// <summary>The demo cases with case numbers of <paramref name="year"/>, oldest first (the order they are seeded in).</summary>
    public static IReadOnlyList<DemoCase> For(int year) =>
    [
        new($"{year}/3-2.2.0.1", "Gemensam e-arkivlösning",
            "Luleå, Piteå och Boden vill ta fram en gemensam lösning för e-arkiv och digital långtidsbevarande av allmänna handlingar.",
            ["Luleå", "Piteå", "Boden"], ["Luleå", "Piteå", "Boden", "Kiruna", "Gällivare", "Kalix", "Älvsbyn"],
            ProcessIds.DevelopmentProject,
            Budgets: new Dictionary<string, decimal> { [ProcessIds.PreStudy] = 250_000, [ProcessIds.DevelopmentProject] = 1_800_000 }),
        new($"{year}/11-2.2.0.1", "E-tjänst för bygglov",
            "Kiruna, Gällivare och Pajala vill att ansökan om bygglov ska kunna göras som en gemensam e-tjänst med digital handläggning.",
            ["Kiruna", "Gällivare", "Pajala"], ["Kiruna", "Gällivare", "Pajala", "Jokkmokk", "Övertorneå", "Arjeplog"],
            ProcessIds.PreStudy, WaitFor: CollectMunicipalDecisions.TaskKind),
        new($"{year}/18-2.2.0.1", "Digital signering av protokoll",
            "Haparanda och Kalix föreslår en gemensam tjänst för att justera och signera protokoll digitalt i nämnder och styrelser.",
            ["Haparanda", "Kalix"], ["Haparanda", "Kalix"],
            ProcessIds.Qualification),
    ];
}
