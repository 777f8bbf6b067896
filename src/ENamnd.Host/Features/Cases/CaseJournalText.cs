using ENamnd.Activities;
using ENamnd.Engine.Model;
using ENamnd.Workflows.Process;

namespace ENamnd.Host.Features.Cases;

/// <summary>A case's journal as a coordinator reads it: one Swedish line per event, repeats of the same event merged.</summary>
public static class CaseJournalText
{
    /// <summary>One line of the journal.</summary>
    public sealed record Line(DateTimeOffset At, string Text);

    /// <summary>The lines in time order; an event that repeats the one before it (same phase, step and event) is left out.</summary>
    public static IReadOnlyList<Line> Lines(IEnumerable<CaseJournalEntry> journal)
    {
        var lines = new List<Line>();
        CaseJournalEntry? previous = null;
        foreach (var entry in journal.OrderBy(e => e.At))
        {
            if (previous is not null && previous.Phase == entry.Phase && previous.Activity == entry.Activity
                && previous.Event == entry.Event && previous.Message == entry.Message) continue;
            lines.Add(new Line(entry.At, TextOf(entry)));
            previous = entry;
        }
        return lines;
    }

    private static string TextOf(CaseJournalEntry entry)
    {
        var what = entry.Event switch
        {
            "Started" => "startade",
            "Suspended" => "väntar",
            "Resumed" => "fortsatte",
            "Completed" when entry.Outcomes?.Where(o => o != Ports.Done).ToList() is { Count: > 0 } outcomes => $"klar ({string.Join(", ", outcomes.Select(o => OutcomeTexts.Of(o)))})",
            "Completed" => "klar",
            "Cancelled" => "avbröts",
            "Faulted" => "fel",
            _ => "",
        };
        // A phase's subprocess step is named by its definition id; the reader knows the phase by its name.
        var text = $"{entry.Phase}: {ProcessIds.NameOf(entry.Activity)}{(what.Length == 0 ? "" : $" {what}")}";
        return string.IsNullOrWhiteSpace(entry.Message) ? text : $"{text} – {entry.Message}";
    }
}
