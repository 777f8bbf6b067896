namespace ENamnd.Activities.Goals;

/// <summary>Where an indicator's value comes from: reported by its owner, or pre-filled from meeting data.</summary>
public enum IndicatorSource
{
    /// <summary>Reported by the owner.</summary>
    Manual,

    /// <summary>Committee (nämnd) meetings held since the start of the year.</summary>
    CommitteeMeetingsHeld,

    /// <summary>Preparation-group (beredningsgrupp) meetings held since the start of the year.</summary>
    PreparationGroupMeetingsHeld,

    /// <summary>Attendance at the committee meetings held since the start of the year, in percent of the municipalities' seats.</summary>
    Attendance,
}
