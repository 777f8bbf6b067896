using ENamnd.Activities.Goals;

namespace ENamnd.Activities.Tests.Goals;

/// <summary>A compiled report of tertial 1 2022 with one answered, one unanswered and one odd item, shared by the report tests.</summary>
internal static class TertialReportExample
{
    /// <summary>An indicator of a goal, answered, with a comment over two lines.</summary>
    public static TertialReportItem Answered { get; } = new()
    {
        Key = "M4/I1",
        Goal = "Nämnden har genomfört minst fyra sammanträden",
        Indicator = "Antal sammanträden",
        Target = "4",
        Unit = "antal",
        Owner = "roll:samordnare",
        Status = FollowUpStatuses.Met,
        StatusLabel = "Uppfyllt",
        Value = "2",
        Comment = "Två hållna\nTvå planerade",
        AnsweredBy = "anna@example.org",
        AnsweredAt = new DateTimeOffset(2022, 5, 20, 8, 0, 0, TimeSpan.Zero),
    };

    /// <summary>A goal whose only indicator repeats the goal, not answered in time.</summary>
    public static TertialReportItem Missing { get; } = new()
    {
        Key = "M5",
        Goal = "Närvaron på nämndens sammanträden är hög",
        Indicator = "Närvaron på nämndens sammanträden är hög",
        Target = "90",
        Owner = "roll:samordnare",
        StatusLabel = "Ej inrapporterat",
    };

    /// <summary>A goal with characters that markup must escape and no target.</summary>
    public static TertialReportItem Markup { get; } = new()
    {
        Key = "M6",
        Goal = "Säkerhet & <tillgänglighet> i \"alla\" e-tjänster",
        Owner = "bo@example.org",
        Status = FollowUpStatuses.PartlyMet,
        StatusLabel = "Delvis uppfyllt",
        ActionPlan = "Granska <form>-sidor",
    };

    /// <summary>Compiled 10 May 2022 16:00 and due 31 May 2022 16:00, Stockholm summer time.</summary>
    public static TertialReport Report { get; } = new()
    {
        PlanId = "p1",
        PlanTitle = "Verksamhetsplan 2022",
        Year = 2022,
        Tertial = 1,
        Matter = TertialReport.MatterOf(1),
        Period = new Tertial(2022, 1).Label,
        CompiledAt = new DateTimeOffset(2022, 5, 10, 14, 0, 0, TimeSpan.Zero),
        DueAt = new DateTimeOffset(2022, 5, 31, 14, 0, 0, TimeSpan.Zero),
        Items = [Answered, Missing, Markup],
    };
}
