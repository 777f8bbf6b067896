using System.Numerics;

namespace ENamnd.Activities.Allocation;

/// <summary>Splits a whole-kronor total in proportion to weights so that the shares sum exactly to the total (largest-remainder method).</summary>
/// <remarks>
/// Exact arithmetic throughout: participant i's exact share is total × wᵢ / Σw, kept as a numerator over Σw.
/// 1. Every exact share is rounded down to a multiple of the unit.
/// 2. The units still missing up to the largest multiple of the unit not above the total go one each to the
///    largest remainders; ties go to the better tie-break rank (larger population, then lower code).
/// 3. If the total is not a multiple of the unit, the rest (less than one unit) goes to the one participant
///    furthest below its exact share after step 2, ties again by rank. That is the only share that is not a
///    multiple of the unit. With unit 1 there is no such rest.
/// Every share then differs from its exact share by less than one unit, and a larger weight never pays less.
/// </remarks>
internal static class Apportionment
{
    /// <summary>The shares of <paramref name="total"/> by <paramref name="weights"/>; <paramref name="ranks"/> orders ties (lower wins).</summary>
    public static BigInteger[] Split(BigInteger total, IReadOnlyList<BigInteger> weights, BigInteger unit, IReadOnlyList<int> ranks)
    {
        var count = weights.Count;
        var amounts = new BigInteger[count];
        if (total.IsZero)
        {
            return amounts;
        }

        var weightSum = Sum(weights);
        if (weightSum.Sign <= 0 || weights.Any(weight => weight.Sign < 0))
        {
            throw new InvalidOperationException("Weights must be non-negative with a positive sum.");
        }

        // Exact share i = numerators[i] / weightSum.
        var numerators = weights.Select(weight => total * weight).ToArray();
        for (var i = 0; i < count; i++)
        {
            amounts[i] = numerators[i] / (unit * weightSum) * unit;
        }

        var remainders = Enumerable.Range(0, count).Select(i => numerators[i] - amounts[i] * weightSum).ToArray();
        var rest = total % unit;
        var missingUnits = (int)((total - rest - Sum(amounts)) / unit);

        // Fewer missing units than participants with a positive remainder, so no share is raised above the next unit.
        foreach (var i in Enumerable.Range(0, count).OrderByDescending(i => remainders[i]).ThenBy(i => ranks[i]).Take(missingUnits))
        {
            amounts[i] += unit;
        }

        if (!rest.IsZero)
        {
            var furthestBelow = Enumerable.Range(0, count)
                .OrderByDescending(i => numerators[i] - amounts[i] * weightSum)
                .ThenBy(i => ranks[i])
                .First();
            amounts[furthestBelow] += rest;
        }

        // Invariant: the shares sum exactly to the total.
        return Sum(amounts) == total ? amounts : throw new InvalidOperationException("Apportionment lost or created kronor.");
    }

    private static BigInteger Sum(IEnumerable<BigInteger> values) => values.Aggregate(BigInteger.Zero, (sum, value) => sum + value);
}
