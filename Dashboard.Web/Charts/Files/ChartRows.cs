using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Charts.Files;

/// <summary>
/// The rows a chart shows as a table, for the CSV download: one row per observation, event or project of the spec,
/// with names and full citations. Cells are strings, doubles, integers or null; numbers stay numbers. The rows are
/// made as they are read, so a CSV is streamed without a second copy of the spec's rows.
/// </summary>
public sealed record ChartRows(IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<object?>> Rows)
{
    public static ChartRows Of(ChartSpec spec)
    {
        var citations = spec.Sources.ToDictionary(s => s.Id, s => s.Citation, StringComparer.Ordinal);
        string? Citation(string id) => citations.GetValueOrDefault(id);
        string? Name(string? code) => code is null ? null : spec.Name(code);
        return spec.Kind switch
        {
            ChartKind.Timeline => new(
                ["indicator", "date", "precision", "actor", "actor_name", "country", "country_name", "dimension", "title", "source", "source_citation", "locator", "note"],
                spec.Events.Select(c => c.Event).Select(e => (IReadOnlyList<object?>)
                [
                    spec.IndicatorId, e.Date, e.Precision, e.ActorCode, Name(e.ActorCode), e.CountryCode, Name(e.CountryCode),
                    e.Dimension, e.Title, e.SourceId, Citation(e.SourceId), e.Locator, e.Note,
                ])),
            ChartKind.Table => new(
                ["indicator", "id", "name", "city", "country", "country_name", "year", "vendor", "cameras", "cost_usd_m", "loan_usd_m", "lender", "source", "source_citation", "locator", "note"],
                spec.Projects.Select(p => (IReadOnlyList<object?>)
                [
                    spec.IndicatorId, p.Id, p.Name, p.City, p.CountryCode, Name(p.CountryCode), p.Year, p.Vendor, p.Cameras, p.CostUsdM, p.LoanUsdM,
                    p.LenderCode, p.SourceId, Citation(p.SourceId), p.Locator, p.Note,
                ])),
            _ => new(
                ["indicator", "entity", "entity_name", "counterpart", "counterpart_name", "period", "period_as_stated", "value", "unit", "source", "source_citation", "locator", "basis", "derived_from", "note"],
                spec.Observations.Select(o => (IReadOnlyList<object?>)
                [
                    o.IndicatorId, o.EntityCode, Name(o.EntityCode), o.CounterpartCode, Name(o.CounterpartCode),
                    o.Period, o.PeriodAsStated, o.Value, spec.Unit, o.SourceId, Citation(o.SourceId),
                    o.Locator, o.Basis, o.DerivedFrom, o.Note,
                ])),
        };
    }
}
