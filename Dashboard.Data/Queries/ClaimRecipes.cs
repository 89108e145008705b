using System.Globalization;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>
/// The recomputations of <see cref="ClaimQueries"/> that work on rows already read: a supplier's share, rank or
/// volume over a rival's from the per-supplier TIV sums, and the count of matching primary-source events.
/// </summary>
internal static class ClaimRecipes
{
    public static ClaimCheck FromSupplierSums(Claim claim, Period period, IReadOnlyList<SupplierSum> sums)
    {
        var total = sums.Sum(s => s.Tiv);
        if (sums.Count == 0 || total <= 0)
        {
            return NotCheckable(claim, $"no derived {claim.IndicatorId} deliveries to {claim.EntityCode} in {period.Label} in the database");
        }

        var own = TivOf(sums, claim.CounterpartCode);
        var sourceId = sums.Select(s => s.SourceId).Min(StringComparer.Ordinal);
        var severalSources = sums.Any(s => s.SourceId != sourceId || s.LastSourceId != sourceId);
        var edition = sums.Select(s => s.Edition).OfType<string>().Min(StringComparer.Ordinal);
        var where = $"to {claim.EntityCode} in {period.Label}";
        double value;
        string detail;
        switch (claim.Method)
        {
            case "tiv-share":
                value = 100 * own / total;
                detail = Inv($"100 × {Format(own)} / {Format(total)} TIV m: {claim.CounterpartCode}'s deliveries over all deliveries {where}, from {sums.Sum(s => s.Rows)} recipient–supplier–year values of {claim.IndicatorId}");
                break;

            case "tiv-rank":
            {
                var ranked = sums.Where(s => s.Tiv > 0).ToList();
                value = 1 + ranked.Count(s => s.Tiv > own + ClaimCheck.Epsilon);
                var other = value == 1 ? ranked.FirstOrDefault(s => s.Supplier != claim.CounterpartCode) : ranked[0];
                var otherText = other is null ? string.Empty : Inv($"; {(value == 1 ? "next" : "largest")}: {other.Supplier} {Format(other.Tiv)} ({Percent(other.Tiv, total)})");
                detail = Inv($"{claim.CounterpartCode}: {Format(own)} of {Format(total)} TIV m delivered {where} ({Percent(own, total)}), rank {value} of {ranked.Count} suppliers{otherText}");
                break;
            }

            default:
            {
                var rival = TivOf(sums, claim.RivalCode);
                var volumes = Inv($"{claim.CounterpartCode} {Format(own)} TIV m vs {claim.RivalCode} {Format(rival)} TIV m delivered {where}");
                if (rival <= 0)
                {
                    return NotCheckable(claim, volumes + $": {claim.RivalCode} delivered nothing, so there is no ratio");
                }

                value = own / rival;
                detail = Inv($"{volumes}: ratio {Format(value)}");
                break;
            }
        }

        return Checked(claim, value, severalSources ? detail + " (several sources)" : detail, sourceId, edition);
    }

    public static ClaimCheck FromEvents(Claim claim, Period period, IReadOnlyList<EventRow> events)
    {
        if (events.Count == 0)
        {
            return NotCheckable(claim, $"no dated event in the database cites a source of {claim.IndicatorId}");
        }

        var matching = events.Where(e => e.Matches).ToList();
        var what = $"of {claim.CounterpartCode} in {claim.EntityCode}, {period.Label}, whose title contains '{claim.TitleContains}'";
        var detail = matching.Count == 0
            ? Inv($"no events {what}, among {events.Count} events citing the same source")
            : Inv($"{matching.Count} event{(matching.Count == 1 ? "" : "s")} {what}: ") + string.Join("; ", matching.Select(e => $"{e.Date} {e.Country}: {e.Title} ({e.Locator})"));
        var first = matching.FirstOrDefault() ?? events[0];
        return Checked(claim, matching.Count, detail, first.SourceId, first.Edition);
    }

    public static ClaimCheck Checked(Claim claim, double value, string detail, string? sourceId, string? edition) => new()
    {
        Claim = claim,
        Recomputed = value,
        Status = ClaimCheck.Evaluate(claim.StatedValue, claim.Decimals, claim.Tolerance, value, claim.Relation),
        Detail = detail,
        PrimarySourceId = sourceId,
        PrimaryEdition = edition,
    };

    public static ClaimCheck NotCheckable(Claim claim, string detail) => new() { Claim = claim, Status = ClaimStatus.NotCheckable, Detail = detail };

    public static string Format(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    private static double TivOf(IReadOnlyList<SupplierSum> sums, string? supplier) => sums.FirstOrDefault(s => s.Supplier == supplier)?.Tiv ?? 0;

    private static string Percent(double part, double total) => (100 * part / total).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>TIV delivered by one supplier (a row of <see cref="ClaimQueries.SupplierSumsSql"/>).</summary>
internal sealed class SupplierSum
{
    public string Supplier { get; set; } = "";
    public double Tiv { get; set; }
    public long Rows { get; set; }
    public string SourceId { get; set; } = "";
    public string LastSourceId { get; set; } = "";
    public string? Edition { get; set; }
}

/// <summary>An event citing a claim's primary source (a row of <see cref="ClaimQueries.EventsSql"/>).</summary>
internal sealed class EventRow
{
    public string Date { get; set; } = "";
    public string? Country { get; set; }
    public string Title { get; set; } = "";
    public string Locator { get; set; } = "";
    public string SourceId { get; set; } = "";
    public string? Edition { get; set; }
    public bool Matches { get; set; }
}
