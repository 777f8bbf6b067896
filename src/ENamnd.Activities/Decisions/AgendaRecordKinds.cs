namespace ENamnd.Activities.Decisions;

/// <summary>The step records of the committee's agenda (föredragningslista).</summary>
public static class AgendaRecordKinds
{
    /// <summary>A matter was put on the agenda of a committee meeting (payload: <see cref="AgendaItem"/>). A durable host needs a writer for it.</summary>
    public const string Item = "agenda.item";

    /// <summary>A committee decision came in force (payload: <see cref="DecisionInForce"/>). A durable host needs a writer for it.</summary>
    public const string InForce = "decision.in-force";
}
