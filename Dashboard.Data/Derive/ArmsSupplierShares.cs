using System.Globalization;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;

namespace Dashboard.Data.Derive;

/// <summary>
/// Supplier shares of arms imports over rolling windows of delivery years, computed from <c>arms-tiv-delivered</c>
/// (recipient × supplier × year): share = 100 × Σ TIV from the supplier to the recipients in the window / Σ TIV from
/// all suppliers to them in the window, summed exactly (decimal) and rounded to 6 decimals (so a display rounding to 2 cannot flip a digit).
/// </summary>
public static class ArmsSupplierShares
{
    public const string Indicator = "arms-supplier-share-5y";
    public const int Decimals = 6;

    /// <param name="tiv">Observations of <c>arms-tiv-delivered</c> (other recipients are ignored).</param>
    /// <param name="entityCode">Entity the shares are stored under: a group such as <c>CA5</c>, or one recipient.</param>
    /// <param name="recipients">The recipients whose imports are summed.</param>
    /// <param name="firstYear">First delivery year of the first window.</param>
    /// <param name="lastYear">Last delivery year of the last window.</param>
    /// <param name="windowYears">Window length in years (5 for <c>arms-supplier-share-5y</c>).</param>
    /// <param name="sourceId">Source the TIVs come from.</param>
    /// <param name="locator">Where in the source, e.g. the trade register file and its edition.</param>
    public static IReadOnlyList<Observation> Compute(IEnumerable<Observation> tiv, string entityCode, IReadOnlyCollection<string> recipients,
        int firstYear, int lastYear, int windowYears, string sourceId, string locator)
    {
        var byYear = tiv
            .Where(o => o.IndicatorId == SipriTradeRegisterReader.Indicator && recipients.Contains(o.EntityCode) && o.CounterpartCode is not null)
            .Select(o => (Year: o.ParsedPeriod.StartYear, Supplier: o.CounterpartCode!, Tiv: (decimal)o.Value))
            .ToList();
        var recipientList = string.Join(", ", recipients.Order(StringComparer.Ordinal));
        var result = new List<Observation>();
        for (var start = firstYear; start + windowYears - 1 <= lastYear; start++)
        {
            var end = start + windowYears - 1;
            var inWindow = byYear.Where(r => r.Year >= start && r.Year <= end).ToList();
            var total = inWindow.Sum(r => r.Tiv);
            if (total == 0)
            {
                continue;
            }

            var period = string.Create(CultureInfo.InvariantCulture, $"{start}-{end}");
            foreach (var supplier in inWindow.GroupBy(r => r.Supplier, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var sum = supplier.Sum(r => r.Tiv);
                var share = Math.Round(100m * sum / total, Decimals, MidpointRounding.AwayFromZero);
                result.Add(new Observation
                {
                    IndicatorId = Indicator,
                    EntityCode = entityCode,
                    CounterpartCode = supplier.Key,
                    Period = period,
                    Value = (double)share,
                    SourceId = sourceId,
                    Locator = locator,
                    Basis = "derived",
                    DerivedFrom = string.Create(CultureInfo.InvariantCulture,
                        $"100 × Σ arms-tiv-delivered from {supplier.Key} to {recipientList} in delivery years {start}–{end} ({sum} TIV m) / Σ from all suppliers to them ({total} TIV m), rounded to {Decimals} decimals"),
                });
            }
        }

        return result;
    }
}
