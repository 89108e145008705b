using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import;

/// <summary>The ids rows may refer to: indicators (with their value ranges), entities and sources.</summary>
public sealed class ReferenceSet
{
    public ReferenceSet(IEnumerable<Indicator> indicators, IEnumerable<string> entities, IEnumerable<string> sources, bool fromStore = false)
    {
        FromStore = fromStore;
        Indicators = indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        IndicatorIds = Indicators.Keys.ToHashSet(StringComparer.Ordinal);
        Entities = entities.ToHashSet(StringComparer.Ordinal);
        Sources = sources.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Indicator> Indicators { get; }

    public IReadOnlySet<string> IndicatorIds { get; }

    public IReadOnlySet<string> Entities { get; }

    public IReadOnlySet<string> Sources { get; }

    /// <summary>True when these are the store's references (an upload is checked against them), false for a data folder's files.</summary>
    public bool FromStore { get; }

    /// <summary>Where a missing indicator, entity or source must be defined, for error messages.</summary>
    public string WhereToDefine(string kind) => FromStore
        ? "neither in the store nor defined by the file"
        : $"add it to {kind switch { "entity" => "entities", "indicator" => "indicators", _ => "sources" }}.csv first";

    /// <summary>The references already in a database, for checking an uploaded file against it.</summary>
    public static ReferenceSet Load(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        new(
            connection.Query<Indicator>(
                "SELECT id AS Id, name AS Name, unit AS Unit, dimension AS Dimension, description AS Description, chart_kind AS ChartKind, min_value AS MinValue, max_value AS MaxValue FROM indicators",
                transaction: transaction),
            connection.Query<string>("SELECT code FROM entities", transaction: transaction),
            connection.Query<string>("SELECT id FROM sources", transaction: transaction),
            fromStore: true);
}
