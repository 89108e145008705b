namespace Dashboard.Web.Decks;

/// <summary>
/// Checks a <see cref="PptxDocument"/> before anything is written, so a bad deck fails whole with a message naming
/// the slide and the field (the caller validates requests; this guards the writer's own invariants).
/// </summary>
internal static class PptxValidation
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Check(PptxDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (PptxText.Clean(doc.Title).Length == 0)
        {
            throw new ArgumentException("The deck has no title.", nameof(doc));
        }

        for (var i = 0; i < doc.Slides.Count; i++)
        {
            var slide = doc.Slides[i];
            var where = $"Slide {i + 2} (chart {i + 1}, '{slide.Title}')";
            if (PptxText.Clean(slide.Title).Length == 0)
            {
                throw new ArgumentException($"Chart {i + 1} has no title.", nameof(doc));
            }

            switch (slide.Visual)
            {
                case PptxPicture picture:
                    CheckPicture(picture, where);
                    break;
                case PptxChart chart:
                    CheckChart(chart, where);
                    break;
                case PptxTable table:
                    CheckTable(table, where);
                    break;
                default:
                    throw new ArgumentException($"{where}: no picture, chart or table.", nameof(doc));
            }
        }
    }

    private static void CheckPicture(PptxPicture picture, string where)
    {
        if (picture.PixelWidth <= 0 || picture.PixelHeight <= 0)
        {
            throw new ArgumentException($"{where}: picture size {picture.PixelWidth}×{picture.PixelHeight} is not positive.");
        }

        if (!picture.Png.Span.StartsWith(PngSignature))
        {
            throw new ArgumentException($"{where}: the picture is not a PNG.");
        }
    }

    private static void CheckTable(PptxTable table, string where)
    {
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException($"{where}: a table needs at least one column.");
        }

        if (table.Rows.FirstOrDefault(r => r.Count != table.Columns.Count) is { } row)
        {
            throw new ArgumentException($"{where}: a table row has {row.Count} cells for {table.Columns.Count} columns.");
        }
    }

    private static void CheckChart(PptxChart chart, string where)
    {
        if (chart.Marks.FirstOrDefault(m => m.Series < 0 || m.Series >= chart.Series.Count || m.Category < 0 || m.Category >= chart.Categories.Count) is { } mark)
        {
            throw new ArgumentException($"{where}: the mark '{mark.Label}' points at series {mark.Series}, category {mark.Category}, which the chart does not have.");
        }

        if (chart.Categories.Count == 0 || chart.Series.Count == 0)
        {
            throw new ArgumentException($"{where}: a native chart needs at least one category and one series.");
        }

        if (chart.Kind == PptxChartKind.Slope && chart.Categories.Count != 2)
        {
            throw new ArgumentException($"{where}: a slope chart has exactly two categories (start and end), not {chart.Categories.Count}.");
        }

        if (chart.ValueMin is { } min && chart.ValueMax is { } max && !(min < max))
        {
            throw new ArgumentException($"{where}: value axis minimum {min} is not below maximum {max}.");
        }

        var percent = chart.Kind is PptxChartKind.PercentStackedColumn or PptxChartKind.PercentStackedBar or PptxChartKind.StackedColumn;
        foreach (var series in chart.Series)
        {
            if (!PptxColor.IsValid(series.ColorHex) || series.PointColors.Any(c => !PptxColor.IsValid(c)))
            {
                throw new ArgumentException($"{where}: series '{series.Name}' has colour '{series.ColorHex}', not #RRGGBB.");
            }

            if (series.Values.Count != chart.Categories.Count)
            {
                throw new ArgumentException($"{where}: series '{series.Name}' has {series.Values.Count} values for {chart.Categories.Count} categories.");
            }

            foreach (var value in series.Values)
            {
                if (value is { } v && (!double.IsFinite(v) || (percent && v < 0)))
                {
                    throw new ArgumentException($"{where}: series '{series.Name}' has the value {v}, which this chart cannot show.");
                }
            }
        }
    }
}
