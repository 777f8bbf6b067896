namespace ENamnd.Activities;

/// <summary>Numbers and amounts as Swedish texts write them ("1 500 000 kr", "0,5"), decided in one place.</summary>
public static class SwedishNumbers
{
    /// <summary>A whole number with spaces between thousands, e.g. "78 549".</summary>
    public static string Whole(long value) => value.ToString("#,0", SwedishDates.Culture);

    /// <summary>An amount in kronor, e.g. "930 600 kr" or "12,5 kr".</summary>
    public static string Kronor(decimal amount) => $"{amount.ToString("#,0.##", SwedishDates.Culture)} kr";

    /// <summary>A plain number, e.g. "0,5".</summary>
    public static string Number(decimal value) => value.ToString(SwedishDates.Culture);
}
