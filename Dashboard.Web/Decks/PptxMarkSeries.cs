namespace Dashboard.Web.Decks;

/// <summary>
/// The marks of one data series as a series of their own (<see cref="Of"/>): ◆ markers without a line, a value at each
/// marked category (null elsewhere) and the mark's label there. Written after the data series, in the chart and in
/// its workbook.
/// </summary>
internal sealed record PptxMarkSeries(string Name, string ColorHex, IReadOnlyList<string> PointColors, IReadOnlyList<double?> Values, IReadOnlyList<string?> Labels)
{
    public static IReadOnlyList<PptxMarkSeries> Of(PptxChart chart) =>
        chart.Marks
            .Where(m => m.Series >= 0 && m.Series < chart.Series.Count && m.Category >= 0 && m.Category < chart.Categories.Count)
            .GroupBy(m => m.Series)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var series = chart.Series[g.Key];
                var values = new double?[chart.Categories.Count];
                var labels = new string?[chart.Categories.Count];
                foreach (var mark in g.Where(m => double.IsFinite(m.Value)))
                {
                    // One ◆ per category: a second figure for the same place is in the slide's caveats.
                    if (values[mark.Category] is null)
                    {
                        values[mark.Category] = mark.Value;
                        labels[mark.Category] = mark.Label;
                    }
                }

                var name = chart.Series.Count == 1 ? chart.MarksName : $"{series.Name} ({chart.MarksName})";
                return new PptxMarkSeries(name, series.ColorHex, series.PointColors, values, labels);
            })
            .ToList();
}
