using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Queries;

/// <summary>
/// Everything one chart reads, on one connection inside one read transaction: one snapshot of the store, so the data
/// version a chart carries is the version of its rows, even while an import commits beside it. The facts come in one
/// batch (<see cref="GetFactsAsync"/>), then the rows of the indicator's family. The SQL is the query classes' own.
/// </summary>
public sealed class ChartRead : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private ChartRead(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction(deferred: true);
    }

    public static ChartRead Begin(Database database) => new(database.Open());

    /// <summary>
    /// The facts of <paramref name="indicatorId"/>; observations are counted under <paramref name="filter"/>; the data
    /// texts of <paramref name="culture"/> (<c>data/i18n</c>) come in the same batch.
    /// </summary>
    public async Task<ChartFacts> GetFactsAsync(string indicatorId, ObservationFilter filter, IReadOnlyCollection<string> mapSubjects, string culture,
        CancellationToken ct)
    {
        var (count, args) = ObservationQueries.Filtered(ObservationQueries.CountSql, indicatorId, filter);
        args.AddDynamicParams(new { id = indicatorId, indicator = indicatorId, entityCodes = mapSubjects, culture });
        var sql = string.Join(";\n",
            Database.DataVersionSql,
            IndicatorQueries.ByIdSql,
            EntityQueries.AllSql,
            EntityQueries.MembersSql,
            SourceQueries.AllSql,
            ObservationQueries.HasCountryRowsSql,
            ObservationQueries.HasRowsForAnySql,
            count.ToString(),
            ClaimQueries.MarksSql,
            RevisionQueries.HasHistorySql,
            DataTextQueries.ForCultureSql);
        using var batch = await _connection.QueryMultipleAsync(new CommandDefinition(sql, args, _transaction, cancellationToken: ct));
        var version = await batch.ReadSingleOrDefaultAsync<string?>() ?? Database.EmptyDataVersion;
        var indicator = await batch.ReadSingleOrDefaultAsync<Indicator>();
        var entities = await batch.ReadAsync<Entity>();
        var members = (await batch.ReadAsync<(string GroupCode, string MemberCode)>()).ToLookup(m => m.GroupCode, m => m.MemberCode, StringComparer.Ordinal);
        var sources = (await batch.ReadAsync<Source>()).AsList();
        var hasCountryRows = await batch.ReadSingleAsync<bool>();
        var hasMapSubjectRows = await batch.ReadSingleAsync<bool>();
        var matching = await batch.ReadSingleAsync<int>();
        var marks = (await batch.ReadAsync<ClaimMark>()).AsList();
        var hasHistory = await batch.ReadSingleAsync<bool>();
        var texts = (await batch.ReadAsync<(string Key, string Text)>()).ToDictionary(t => t.Key, t => t.Text, StringComparer.Ordinal);
        return new ChartFacts(version, indicator, entities.Select(e => e with { Members = members[e.Code].ToList() }).ToList(), sources,
            hasCountryRows, hasMapSubjectRows, matching, marks, hasHistory, texts);
    }

    /// <inheritdoc cref="ObservationQueries.GetObservationsAsync(string, ObservationFilter?, int?, CancellationToken)"/>
    public Task<IReadOnlyList<Observation>> GetObservationsAsync(string indicatorId, ObservationFilter filter, int limit, CancellationToken ct) =>
        ObservationQueries.GetObservationsAsync(_connection, _transaction, indicatorId, filter, limit, ct);

    /// <inheritdoc cref="ObservationQueries.GetFirstObservationsAsync(string, ObservationFilter, IReadOnlyCollection{string}, int, CancellationToken)"/>
    public Task<IReadOnlyList<Observation>> GetFirstObservationsAsync(string indicatorId, ObservationFilter filter, IReadOnlyCollection<string> preferred,
        int limit, CancellationToken ct) =>
        ObservationQueries.GetFirstObservationsAsync(_connection, _transaction, indicatorId, filter, preferred, limit, ct);

    /// <inheritdoc cref="EventQueries.GetEventsAsync(int?, int?, string?, string?, CancellationToken)"/>
    public Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(int? fromYear, int? toYear, CancellationToken ct) =>
        EventQueries.GetEventsAsync(_connection, _transaction, fromYear, toYear, null, null, ct);

    /// <inheritdoc cref="ProjectQueries.GetProjectsAsync"/>
    public async Task<IReadOnlyList<Project>> GetProjectsAsync(CancellationToken ct) =>
        (await _connection.QueryAsync<Project>(new CommandDefinition(ProjectQueries.AllSql, transaction: _transaction, cancellationToken: ct))).AsList();

    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }
}
