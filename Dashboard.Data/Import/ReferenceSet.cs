using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import;

/// <summary>The ids rows may refer to: indicators (with their value ranges), entities and sources.</summary>
public sealed class ReferenceSet
{
    public ReferenceSet(IEnumerable<Indicator> indicators, IEnumerable<string> entities, IEnumerable<string> sources)
    {
        Indicators = indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        IndicatorIds = Indicators.Keys.ToHashSet(StringComparer.Ordinal);
        Entities = entities.ToHashSet(StringComparer.Ordinal);
        Sources = sources.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Indicator> Indicators { get; }

    public IReadOnlySet<string> IndicatorIds { get; }

    public IReadOnlySet<string> Entities { get; }

    public IReadOnlySet<string> Sources { get; }

    /// <summary>The references already in a database, for checking an uploaded file against it.</summary>
    public static ReferenceSet Load(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        new(
            connection.Query<Indicator>(
                "SELECT id AS Id, name AS Name, unit AS Unit, dimension AS Dimension, description AS Description, chart_kind AS ChartKind, min_value AS MinValue, max_value AS MaxValue FROM indicators",
                transaction: transaction),
            connection.Query<string>("SELECT code FROM entities", transaction: transaction),
            connection.Query<string>("SELECT id FROM sources", transaction: transaction));
}
