using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;

namespace ENamnd.Activities.Contracts;

/// <summary>Checks a <see cref="ContractDraft"/> and builds the <see cref="ContractTerms"/>; every problem is reported, in Swedish.</summary>
public static class ContractDraftValidator
{
    /// <summary>The longest notice period or extension accepted, in months.</summary>
    public const int MaxMonths = 240;

    /// <summary>The most extension options a contract may have.</summary>
    public const int MaxOptions = 20;

    /// <summary>The terms described by <paramref name="draft"/>, or every error that stops them.</summary>
    public static (ContractTerms? Terms, IReadOnlyList<string> Errors) Validate(ContractDraft draft, MunicipalityRegistry municipalities)
    {
        var errors = new List<string>();
        var name = Text(draft.Name);
        if (name is null) errors.Add("Avtalets namn saknas (name).");
        var supplier = Text(draft.Supplier);
        if (supplier is null) errors.Add("Leverantör saknas (supplier).");
        ContractKind? kind = null;
        if (Text(draft.Kind) is not { } kindText) errors.Add("Avtalstyp saknas (kind: Ramavtal eller GemensamtAvtal).");
        else if (EnumNames.TryParse<ContractKind>(kindText, out var parsedKind)) kind = parsedKind;
        else errors.Add($"Okänd avtalstyp: '{kindText}' (kind: Ramavtal eller GemensamtAvtal).");
        var start = Date(draft.StartDate, "startdatum", neuter: true, "startDate", errors);
        var end = Date(draft.EndDate, "slutdatum", neuter: true, "endDate", errors);
        if (start is { } s && end is { } e && e <= s) errors.Add("Slutdatum (endDate) måste vara efter startdatum (startDate).");
        var notice = draft.NoticePeriodMonths ?? 0;
        if (notice is < 0 or > MaxMonths) errors.Add($"Uppsägningstiden (noticePeriodMonths) måste vara mellan 0 och {MaxMonths} månader.");
        var options = Options(draft.Options, start, end, errors);
        var owner = Owner(Text(draft.Owner), errors);
        var places = Municipalities(draft.Municipalities, municipalities, errors);
        if (errors.Count > 0) return (null, errors);
        return (new ContractTerms
        {
            Name = name!,
            Supplier = supplier!,
            Kind = kind!.Value,
            StartDate = start!.Value,
            EndDate = end!.Value,
            NoticePeriodMonths = notice,
            Options = options,
            Owner = owner!,
            Municipalities = places,
            CaseNumber = Text(draft.CaseNumber),
        }, errors);
    }

    private static List<ContractOption> Options(IReadOnlyList<ContractOptionDraft?>? drafts, DateOnly? start, DateOnly? end, List<string> errors)
    {
        var options = new List<ContractOption>();
        if (drafts?.Count > MaxOptions)
        {
            errors.Add($"Ett avtal kan ha högst {MaxOptions} optioner (options).");
            return options;
        }
        // Each open option extends the end reached by the open options before it and must be decided
        // before that end; decided options are kept as history and not checked against the end.
        var extendedEnd = end;
        DateOnly? previousDecideBy = null;
        for (var i = 0; i < (drafts?.Count ?? 0); i++)
        {
            var label = $"Option {i + 1}";
            if (drafts![i] is not { } draft)
            {
                errors.Add($"{label} är tom (options).");
                continue;
            }
            var months = draft.ExtendMonths is { } m and >= 1 and <= MaxMonths ? m : (int?)null;
            if (months is null) errors.Add($"{label}: förlängningen (extendMonths) måste vara mellan 1 och {MaxMonths} månader.");
            var decideBy = Date(draft.DecideBy, $"sista beslutsdag för {label.ToLowerInvariant()}", neuter: false, "decideBy", errors);
            var status = ContractOptionStatus.Open;
            if (Text(draft.Status) is { } statusText && !EnumNames.TryParse(statusText, out status))
                errors.Add($"{label}: okänd status '{statusText}' (Open, Exercised eller Declined).");
            if (months is null || decideBy is null) continue;
            if (start is { } first && decideBy < first)
                errors.Add($"{label}: sista beslutsdag (decideBy) kan inte vara före avtalets startdatum ({first:yyyy-MM-dd}).");
            options.Add(new ContractOption(months.Value, decideBy.Value, status));
            if (status != ContractOptionStatus.Open) continue;
            if (previousDecideBy is { } previous && decideBy <= previous)
                errors.Add($"{label}: sista beslutsdag (decideBy) måste vara efter föregående options.");
            if (extendedEnd is { } before && decideBy >= before)
                errors.Add($"{label}: sista beslutsdag (decideBy) måste vara före det slutdatum optionen förlänger ({before:yyyy-MM-dd}).");
            previousDecideBy = decideBy;
            extendedEnd = extendedEnd?.AddMonths(months.Value);
        }
        return options;
    }

    private static string? Owner(string? owner, List<string> errors)
    {
        if (owner is null)
        {
            errors.Add("Avtalsägare saknas (owner: en e-postadress eller roll:<roll>).");
            return null;
        }
        switch (RecipientResolver.SyntaxProblem(owner))
        {
            case "":
                errors.Add($"Ogiltig avtalsägare: '{owner}' (owner: en e-postadress eller roll:<roll>).");
                break;
            case { } role:
                errors.Add($"Okänd roll för avtalsägaren: '{role}' (owner).");
                break;
        }
        return owner;
    }

    private static List<string> Municipalities(IReadOnlyList<string?>? names, MunicipalityRegistry registry, List<string> errors)
    {
        var found = new List<string>();
        foreach (var name in names ?? [])
        {
            if (Text(name) is not { } text) continue;
            if (registry.Find(text) is { } municipality)
            {
                if (!found.Contains(municipality.Name)) found.Add(municipality.Name);
            }
            else errors.Add($"Okänd kommun: '{text}' (municipalities).");
        }
        if (found.Count == 0 && !errors.Any(e => e.StartsWith("Okänd kommun", StringComparison.Ordinal)))
            errors.Add("Ange minst en deltagande kommun (municipalities).");
        return found;
    }

    // "Ogiltigt startdatum" but "Ogiltig sista beslutsdag": the adjective follows the noun's gender.
    private static DateOnly? Date(string? text, string what, bool neuter, string field, List<string> errors)
    {
        if (Text(text) is not { } value)
        {
            errors.Add($"{char.ToUpperInvariant(what[0])}{what[1..]} saknas ({field}, ÅÅÅÅ-MM-DD).");
            return null;
        }
        var date = PlausibleDates.Parse(value);
        if (date is null) errors.Add($"Ogiltig{(neuter ? "t" : "")} {what}: '{value}' ({field}, ÅÅÅÅ-MM-DD).");
        else if (!PlausibleDates.Contains(date.Value))
        {
            errors.Add($"{char.ToUpperInvariant(what[0])}{what[1..]} {value} ({field}) ligger utanför {PlausibleDates.Range}.");
            return null;
        }
        return date;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
