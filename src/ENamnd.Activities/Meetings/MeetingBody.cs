namespace ENamnd.Activities.Meetings;

/// <summary>The bodies that hold meetings.</summary>
public enum MeetingBody
{
    /// <summary>The committee (nämnden).</summary>
    Namnd,

    /// <summary>The preparation group (beredningsgruppen).</summary>
    Beredningsgrupp,
}
