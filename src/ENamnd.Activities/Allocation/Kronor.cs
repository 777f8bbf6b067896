using System.Numerics;

namespace ENamnd.Activities.Allocation;

/// <summary>Exact conversions and Swedish formatting for amounts in kronor.</summary>
internal static class Kronor
{
    /// <summary>True when <paramref name="amount"/> has no öre part.</summary>
    public static bool IsWhole(decimal amount) => amount == decimal.Truncate(amount);

    /// <summary>The whole-kronor <paramref name="amount"/> as an integer, exactly.</summary>
    public static BigInteger ToInteger(decimal amount) => new(amount);

    /// <summary>The exact value of <paramref name="value"/> as numerator / power of ten.</summary>
    public static (BigInteger Numerator, BigInteger Denominator) ToFraction(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0])
            + (new BigInteger((uint)bits[1]) << 32)
            + (new BigInteger((uint)bits[2]) << 64);
        return (value < 0 ? -mantissa : mantissa, BigInteger.Pow(10, value.Scale));
    }

    /// <summary>An amount as users read it, e.g. "930 600 kr".</summary>
    public static string Format(decimal amount) => SwedishNumbers.Kronor(amount);

    /// <summary>A plain number as users read it, e.g. "0,5".</summary>
    public static string FormatNumber(decimal value) => SwedishNumbers.Number(value);
}
