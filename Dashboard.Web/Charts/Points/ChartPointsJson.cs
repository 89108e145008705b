using System.Text.Json;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;
using Dashboard.Web.Text;

namespace Dashboard.Web.Charts.Points;

/// <summary>
/// Writes <c>points.json</c>: the image's size in pixels and, for every value drawn, who and when it is (series,
/// entity, counterpart, period), the value with its unit, its source, and where it was drawn (<see cref="PointMap"/>).
/// Everything comes from the spec and the render; nothing is looked up again. Text is JSON-escaped (<c>&lt;</c> as
/// <c>\u003C</c>).
/// </summary>
public static class ChartPointsJson
{
    public static byte[] Write(ChartSpec spec, ChartSelection file, PointMap map)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("indicator", spec.IndicatorId);
            w.WriteString("kind", ChartKinds.Name(spec.Kind));
            w.WriteString("title", spec.Title);
            w.WriteNumber("width", file.Size.PixelWidth);
            w.WriteNumber("height", file.Size.PixelHeight);
            w.WriteNumber("scale", file.Size.Scale);
            w.WriteString("layout", file.Layout == ChartLayout.Narrow ? "narrow" : "wide");
            w.WriteString("theme", file.Theme.Name);
            w.WriteNumber("tickFontSize", Math.Round(map.TickFontSize, 2));
            w.WriteString("unit", spec.Unit);
            w.WriteString("dataVersion", spec.DataVersion);
            w.WriteString("image", (file with { Format = ChartFormat.Png }).Url());
            if (map.Reason is { } reason)
            {
                w.WriteString("reason", reason);
            }
            else
            {
                w.WriteNull("reason");
            }

            if (map.DataArea is { } area)
            {
                // The plot's data area (a map's view) in image pixels: left, top, right, bottom.
                w.WriteStartArray("plot");
                foreach (var v in area)
                {
                    w.WriteNumberValue(Round(v));
                }

                w.WriteEndArray();
            }

            if (map.Classes.Count > 0)
            {
                // A map's classes as its legend shows them, lowest first.
                w.WriteStartArray("classes");
                foreach (var (label, color) in map.Classes)
                {
                    w.WriteStartObject();
                    w.WriteString("label", label);
                    w.WriteString("color", color);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("series");
            for (var i = 0; i < map.SeriesCodes.Count; i++)
            {
                WriteSeries(w, spec, map, i);
            }

            w.WriteEndArray();
            w.WriteStartArray("points");
            foreach (var p in map.Positions)
            {
                WritePoint(w, spec, map, p);
            }

            w.WriteEndArray();
            w.WriteStartArray("marks");
            foreach (var m in map.Marks)
            {
                WriteMark(w, spec, m);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteSeries(Utf8JsonWriter w, ChartSpec spec, PointMap map, int i)
    {
        w.WriteStartObject();
        if (spec.Kind == ChartKind.Timeline)
        {
            var code = map.SeriesCodes[i];
            w.WriteString("key", code);
            w.WriteString("label", spec.Name(code));
            w.WriteString("entity", code);
            w.WriteNull("counterpart");
        }
        else
        {
            var s = spec.Series[i];
            w.WriteString("key", s.Key);
            w.WriteString("label", s.Name);
            Nullable(w, "entity", s.Entity);
            Nullable(w, "counterpart", s.Counterpart);
        }

        w.WriteString("color", map.SeriesColors[i]);
        w.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter w, ChartSpec spec, PointMap map, PointPosition at)
    {
        w.WriteStartObject();
        w.WriteNumber("series", at.Series);
        if (spec.Kind == ChartKind.Timeline)
        {
            var e = spec.Events[at.Index];
            w.WriteString("label", e.ActorName);
            w.WriteString("entity", e.ActorCode);
            w.WriteString("entityName", e.ActorName);
            Nullable(w, "counterpart", e.Event.CountryCode);
            Nullable(w, "counterpartName", e.Event.CountryCode is { } country ? spec.Name(country) : null);
            w.WriteString("period", e.Event.Date);
            w.WriteString("periodLabel", e.DateLabel);
            w.WriteNull("periodAsStated");
            w.WriteNull("value");
            w.WriteString("valueText", e.Title);
            WriteSource(w, spec, e.Event.SourceId, e.Event.Locator);
        }
        else
        {
            var s = spec.Series[at.Series];
            var p = s.Points[at.Index];
            w.WriteString("label", s.Name);
            w.WriteString("entity", p.Entity);
            w.WriteString("entityName", spec.Name(p.Entity));
            Nullable(w, "counterpart", p.Counterpart);
            Nullable(w, "counterpartName", p.Counterpart is null ? null : spec.Name(p.Counterpart));
            w.WriteString("period", p.Period.Text);
            w.WriteString("periodLabel", p.PeriodLabel);
            Nullable(w, "periodAsStated", p.PeriodAsStated);
            w.WriteNumber("value", p.Value);
            // Rounded by the indicator's display precision (the exact value is "value"; tables and CSV keep it too).
            w.WriteString("valueText", ValueText.Rounded(p.Value, spec.Unit, spec.Precision, Language.Of(spec.Selection.Culture)));
            WriteSource(w, spec, p.SourceId, p.Locator);
        }

        w.WriteString("unit", spec.Unit);
        w.WriteNumber("x", Round(at.X));
        w.WriteNumber("y", Round(at.Y));
        w.WriteNumber("left", Round(at.Left));
        w.WriteNumber("top", Round(at.Top));
        w.WriteNumber("right", Round(at.Right));
        w.WriteNumber("bottom", Round(at.Bottom));
        if (at.Shape is { } shape)
        {
            // A map's country: its outline in image pixels, ring by ring ([x0, y0, x1, y1, …]), is its hover area.
            w.WriteStartArray("shape");
            foreach (var ring in shape)
            {
                w.WriteStartArray();
                foreach (var v in ring)
                {
                    w.WriteNumberValue(Math.Round(v, 1));
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>A figure stated in the paper, drawn as a ◆: which claim, the stated and the series' value, where.</summary>
    private static void WriteMark(Utf8JsonWriter w, ChartSpec spec, MarkPosition at)
    {
        var m = spec.Marks[at.Mark];
        w.WriteStartObject();
        w.WriteNumber("series", spec.Series.Select(s => s.Name).ToList().IndexOf(m.SeriesName));
        w.WriteString("claim", m.ClaimId);
        w.WriteString("label", m.Label);
        w.WriteString("stated", m.Stated);
        w.WriteNumber("value", m.Value);
        w.WriteNumber("seriesValue", m.SeriesValue);
        w.WriteString("period", m.Period.Text);
        w.WriteString("periodLabel", m.PeriodLabel);
        w.WriteNumber("x", Round(at.X));
        w.WriteNumber("y", Round(at.Y));
        w.WriteNumber("size", Round(at.Size));
        w.WriteStartArray("labelBox");
        if (at.LabelRight > at.LabelLeft)
        {
            foreach (var v in new[] { at.LabelLeft, at.LabelTop, at.LabelRight, at.LabelBottom })
            {
                w.WriteNumberValue(Round(v));
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, ChartSpec spec, string? sourceId, string? locator)
    {
        Nullable(w, "source", sourceId);
        var source = spec.Sources.FirstOrDefault(s => s.Id == sourceId);
        Nullable(w, "sourceName", source is null ? null : SourceCitation.Footer(source.Citation));
        Nullable(w, "locator", locator);
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static double Round(float v) => Math.Round(v, 2);
}
