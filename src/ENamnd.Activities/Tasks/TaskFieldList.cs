using System.Text.RegularExpressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// The further fields a task asks for, as coordinators write them in the designer: one per line,
/// <c>namn | Etikett</c>, optionally <c>| flerradig</c> and <c>| krävs</c>, e.g. <c>leverantor | Föreslagen leverantör | krävs</c>.
/// </summary>
public static partial class TaskFieldList
{
    /// <summary>The fields, in the order given; faults with a Swedish message for a line it cannot read.</summary>
    public static IReadOnlyList<TaskField> Parse(string? text)
    {
        var fields = new List<TaskField>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || !Name().IsMatch(parts[0]) || parts[1].Length == 0)
                throw new ActivityFaultException($"Fältet \"{line}\" ska skrivas som namn | Etikett, där namnet är en bokstav följd av bokstäver eller siffror.");
            var flags = parts.Skip(2).Select(p => p.ToLowerInvariant()).ToList();
            if (flags.FirstOrDefault(f => f is not ("flerradig" or "krävs")) is { } unknown)
                throw new ActivityFaultException($"Fältet \"{parts[0]}\" har ett okänt tillägg \"{unknown}\" (giltiga: flerradig, krävs).");
            if (fields.Any(f => f.Name == parts[0])) throw new ActivityFaultException($"Fältet \"{parts[0]}\" finns två gånger.");
            fields.Add(new TaskField(parts[0], parts[1], Multiline: flags.Contains("flerradig"), Required: flags.Contains("krävs")));
        }
        return fields;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex Name();
}
