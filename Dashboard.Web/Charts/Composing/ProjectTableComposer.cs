using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Charts.Composing;

/// <summary>Projects (Safe City deployments) as a table image: one row per project, "–" where the source gives nothing.</summary>
public static class ProjectTableComposer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ChartSpec Compose(ChartInputs cx, ChartOptions options)
    {
        IEnumerable<Project> list = cx.Projects;
        var selection = cx.Selection;
        if (selection.Entities.Count > 0)
        {
            var wanted = selection.Entities.ToHashSet(StringComparer.Ordinal);
            list = list.Where(p => wanted.Contains(p.CountryCode) || (p.LenderCode is not null && wanted.Contains(p.LenderCode)));
        }

        if (selection.From is { } from)
        {
            list = list.Where(p => p.Year is { } y && y >= from.StartYear);
        }

        if (selection.To is { } to)
        {
            list = list.Where(p => p.Year is { } y && y <= to.EndYear);
        }

        var shown = list.ToList();
        var used = ChartTexts.UsedSources(cx, shown.Select(p => p.SourceId));
        var language = cx.Language;
        var countries = shown.Select(p => cx.Name(p.CountryCode)).Distinct(StringComparer.Ordinal).ToList();
        return ChartComposer.Base(cx, ChartKind.Table) with
        {
            Subtitle = ChartTexts.JoinParts(shown.Count == 1 ? language.T("1 project") : language.F("{0} projects", language.Count(shown.Count)), ChartTexts.Scope(countries, language),
                language.T("– = not given in the source")),
            Periods = shown.Where(p => p.Year is not null).Select(p => p.Year!.Value).Distinct().Order().Select(y => Period.Parse(y.ToString(Inv))).ToList(),
            EntityNames = ObservationComposer.Subjects(cx, shown.Select(p => p.CountryCode)),
            Table = Display(cx, shown),
            Projects = shown,
            Names = ObservationComposer.NamesOf(cx, shown.SelectMany(p => new[] { p.CountryCode, p.LenderCode })),
            Sources = used,
            Footer = ChartTexts.Footer(used, shown.Select(p => (p.SourceId, p.Locator)), options, language),
        };
    }

    private static readonly string[] Columns = ["Project", "Country", "Year", "Vendor", "Cameras", "Cost, US$ m", "Loan, US$ m", "Lender"];

    private static ChartTable Display(ChartInputs cx, IReadOnlyList<Project> shown)
    {
        static string Text(string? s) => string.IsNullOrWhiteSpace(s) ? "–" : s;
        var language = cx.Language;
        string Number(double? v, string format) => v is { } x ? language.Digits(x.ToString(format, Inv)) : "–";
        return new ChartTable
        {
            Columns = [.. Columns.Select(language.T)],
            NumericColumns = [false, false, true, false, true, true, true, false],
            Rows = shown.Select(p => new ChartTableRow
            {
                EntityCode = p.CountryCode,
                Cells =
                [
                    p.Name,
                    cx.Name(p.CountryCode),
                    p.Year?.ToString(Inv) ?? "–",
                    Text(p.Vendor),
                    Number(p.Cameras, "#,0"),
                    Number(p.CostUsdM, "#,0.##"),
                    Number(p.LoanUsdM, "#,0.##"),
                    p.LenderCode is null ? "–" : cx.Name(p.LenderCode),
                ],
            }).ToList(),
        };
    }
}
