using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Tests.Support;

/// <summary>Builds a <see cref="DatasetContent"/> by hand, as a format reader would.</summary>
public sealed class ContentBuilder
{
    private int _line = 1;

    public DatasetContent Content { get; } = new() { Format = "test" };

    public static Indicator Indicator(string id, string name = "Test indicator", double? min = 0, double? max = 1000) => new()
    {
        Id = id,
        Name = name,
        Unit = "units",
        Dimension = "technology",
        Description = "An indicator a test defines.",
        ChartKind = "line",
        MinValue = min,
        MaxValue = max,
    };

    public ContentBuilder WithIndicator(Indicator indicator)
    {
        Content.Indicators.Add(indicator);
        return this;
    }

    public ContentBuilder WithEntity(string code, string name, string kind = "country", params string[] members)
    {
        Content.Entities.Add(new Entity { Code = code, Name = name, Kind = kind, Members = members });
        return this;
    }

    public ContentBuilder WithSource(string id, string citation)
    {
        Content.Sources.Add(new Source { Id = id, Citation = citation });
        return this;
    }

    public ContentBuilder Row(string indicator, string entity, string period, double value, string source = "paper",
        string? counterpart = null, string? note = null, string locator = "table 1")
    {
        _line++;
        var o = new Observation
        {
            IndicatorId = indicator,
            EntityCode = entity,
            CounterpartCode = counterpart,
            Period = period,
            Value = value,
            SourceId = source,
            Locator = locator,
            Basis = "stated",
            Note = note,
        };
        Content.Observations.Add(new ParsedObservation(o, Period.Parse(period), _line));
        return this;
    }
}
