namespace ENamnd.Persistence.Outbox;

/// <summary>Asks for the outbox to be sent soon, after messages were committed outside a workflow step (the periodic dispatch is the safety net).</summary>
public interface IOutboxWakeUp
{
    /// <summary>Schedules a dispatch; never throws for a lost request, since the periodic dispatch sends the messages anyway.</summary>
    void Wake();
}
