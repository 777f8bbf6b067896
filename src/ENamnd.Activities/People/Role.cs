namespace ENamnd.Activities.People;

/// <summary>The roles people hold in the e-nämnd's work.</summary>
public enum Role
{
    /// <summary>Member of the committee (ledamot).</summary>
    Ledamot,

    /// <summary>Substitute member of the committee (ersättare).</summary>
    Ersattare,

    /// <summary>A municipality's representative in the preparation group (beredningsgruppen).</summary>
    Beredningsgrupp,

    /// <summary>The coordinator at the e-office (e-samordnare).</summary>
    Esamordnare,

    /// <summary>Member of a project's steering group (styrgrupp).</summary>
    Styrgrupp,

    /// <summary>Project manager (projektledare).</summary>
    Projektledare,

    /// <summary>Procurement officer (upphandlare).</summary>
    Upphandlare,

    /// <summary>Committee secretary (sekreterare).</summary>
    Sekreterare,

    /// <summary>Committee chair (ordförande).</summary>
    Ordforande,
}
