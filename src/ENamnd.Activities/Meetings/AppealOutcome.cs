using System.Text.Json.Serialization;

namespace ENamnd.Activities.Meetings;

/// <summary>How the court decided an appeal (överklagande) of a committee decision; stored and written by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AppealOutcome>))]
public enum AppealOutcome
{
    /// <summary>The appeal was rejected (avslaget): the decision stands.</summary>
    Avslaget,

    /// <summary>The appeal was upheld (bifallet): the decision is annulled.</summary>
    Bifallet,

    /// <summary>The appeal was dismissed without trial (avvisat), e.g. too late.</summary>
    Avvisat,

    /// <summary>The appeal was withdrawn (återkallat).</summary>
    Aterkallat,
}
