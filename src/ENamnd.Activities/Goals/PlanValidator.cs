using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.People;

namespace ENamnd.Activities.Goals;

/// <summary>Checks a <see cref="PlanBody"/> and turns it into a <see cref="Plan"/>; every problem is a Swedish message.</summary>
public static class PlanValidator
{
    /// <summary>The earliest and latest plan years accepted.</summary>
    public const int MinYear = 2000, MaxYear = 2100;

    /// <summary>The longest text accepted in a title, goal or indicator.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The plan, or null with the errors.</summary>
    public static (Plan? Plan, IReadOnlyList<string> Errors) Validate(PlanBody body, string id, DateTimeOffset createdAt, DateTimeOffset now)
    {
        var errors = new List<string>();
        if (body.Year is not { } year || year < MinYear || year > MaxYear) errors.Add($"Ange år (year) mellan {MinYear} och {MaxYear}.");
        var title = Text(body.Title, "Planens rubrik (title)", errors);
        var goals = new List<PlanGoal>();
        if (body.Goals is not { Count: > 0 }) errors.Add("Planen måste ha minst ett mål (goals).");
        for (var g = 0; g < (body.Goals?.Count ?? 0); g++)
        {
            var goal = body.Goals![g];
            var where = $"Mål {g + 1}";
            if (goal is null) { errors.Add($"{where} saknas."); continue; }
            var goalId = Id(goal.Id, $"G{g + 1}", where, errors);
            var indicators = new List<PlanIndicator>();
            for (var i = 0; i < (goal.Indicators?.Count ?? 0); i++)
            {
                var indicator = goal.Indicators![i];
                var at = $"{where}, indikator {i + 1}";
                if (indicator is null) { errors.Add($"{at} saknas."); continue; }
                var source = IndicatorSource.Manual;
                if (!string.IsNullOrWhiteSpace(indicator.Source) && !EnumNames.TryParse(indicator.Source, out source))
                    errors.Add($"{at}: okänd källa (source) '{indicator.Source}'. Giltiga värden: {string.Join(", ", Enum.GetNames<IndicatorSource>())}.");
                indicators.Add(new PlanIndicator(Id(indicator.Id, $"I{i + 1}", at, errors), Text(indicator.Name, $"{at}: namn (name)", errors),
                    Target(indicator.Target, at, errors), Optional(indicator.Unit), source));
            }
            if (indicators.Select(i => i.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() != indicators.Count) errors.Add($"{where}: två indikatorer har samma id.");
            goals.Add(new PlanGoal(goalId, Text(goal.Title, $"{where}: rubrik (title)", errors), Owner(goal.Owner, where, errors), indicators));
        }
        if (goals.Select(g => g.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() != goals.Count) errors.Add("Två mål har samma id.");
        return errors.Count > 0 ? (null, errors) : (new Plan(id, body.Year!.Value, title, goals, createdAt, now), errors);
    }

    private static string Text(string? value, string what, List<string> errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) errors.Add($"{what} saknas.");
        else if (text.Length > MaxTextLength) errors.Add($"{what} får vara högst {MaxTextLength} tecken.");
        return text;
    }

    private static string Id(string? value, string fallback, string where, List<string> errors)
    {
        var id = value?.Trim();
        if (string.IsNullOrEmpty(id)) return fallback;
        if (id.Length > 40 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            errors.Add($"{where}: id får bara innehålla bokstäver a–z, siffror, '-', '_' och '.' (högst 40 tecken).");
        return id;
    }

    // An address, or a role the recipient resolver knows: "roll:samordnare", "roll:beredningsgrupp@Kalix".
    private static string Owner(string? value, string where, List<string> errors)
    {
        var owner = value?.Trim() ?? "";
        if (owner.Length == 0) { errors.Add($"{where}: ansvarig (owner) saknas – ange en e-postadress eller en roll, t.ex. roll:samordnare."); return owner; }
        switch (RecipientResolver.SyntaxProblem(owner))
        {
            case "":
                errors.Add($"{where}: ansvarig (owner) '{owner}' är varken en e-postadress eller en roll (roll:…).");
                break;
            case { } role:
                errors.Add($"{where}: okänd roll '{role}' i ansvarig (owner).");
                break;
        }
        return owner;
    }

    private static string? Target(JsonNode? target, string where, List<string> errors)
    {
        if (target is null) return null;
        if (target is JsonValue value)
        {
            var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : value.ToJsonString();
            return text.Length == 0 ? null : text;
        }
        errors.Add($"{where}: målvärdet (target) måste vara ett tal, en text eller true/false.");
        return null;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
