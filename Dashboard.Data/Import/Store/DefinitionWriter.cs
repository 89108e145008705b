using Dapper;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Decides what to do with the indicators, entities and sources a file defines, reading the store only (a dry run
/// needs no write lock), then writes those decisions inside the importer's transaction. A new id is inserted; an id
/// that exists with the same definition is reused; an id that exists with a different definition is an error —
/// unless only the dataset being replaced brought it, in which case the new definition replaces the old one.
/// </summary>
internal sealed class DefinitionWriter(SqliteConnection c, SqliteTransaction t, string file, ErrorList errors, DefinitionOwnership ownership)
{
    private const string SourceSql = "SELECT id AS Id, citation AS Citation, url AS Url, publisher AS Publisher, licence AS Licence, edition AS Edition, accessed AS Accessed FROM sources WHERE id = @id";
    private const string IndicatorSql = "SELECT id AS Id, name AS Name, unit AS Unit, dimension AS Dimension, description AS Description, chart_kind AS ChartKind, min_value AS MinValue, max_value AS MaxValue, display_precision AS DisplayPrecision, missing_means_zero AS MissingMeansZero, map_classes AS MapClasses FROM indicators WHERE id = @id";
    private const string EntitySql = "SELECT code AS Code, name AS Name, kind AS Kind FROM entities WHERE code = @id";
    private const string MembersSql = "SELECT member_code FROM entity_members WHERE group_code = @id ORDER BY member_code";
    private const string EntityExistsSql = "SELECT COUNT(*) FROM entities WHERE code = @member";

    private readonly List<Action> _writes = [];
    private readonly List<Action> _memberWrites = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<string> _entities = [];
    private readonly List<string> _sources = [];

    public List<string> NewSources { get; } = [];

    public List<string> NewIndicators { get; } = [];

    public List<string> NewEntities { get; } = [];

    /// <summary>The store's references plus the definitions this file adds or replaces, to check its rows against.</summary>
    public ReferenceSet With(ReferenceSet stored) => new(
        _indicators.Concat(stored.Indicators.Values.Where(i => !_indicators.Exists(n => n.Id == i.Id))),
        stored.Entities.Concat(_entities), stored.Sources.Concat(_sources), fromStore: true);

    public void PlanSources(IEnumerable<Source> sources)
    {
        foreach (var s in Distinct(sources, s => s.Id, (a, b) => a == b, "source"))
        {
            if (!RowParser.IsSlug(s.Id) || string.IsNullOrWhiteSpace(s.Citation))
            {
                Fail("source", s.Id, "is not a valid source definition (needs a slug id and a citation)");
                continue;
            }

            var stored = c.QuerySingleOrDefault<Source>(SourceSql, new { id = s.Id }, t);
            var write = Decide("source", s.Id, stored, stored is null || stored == s, () => Differences(stored!, s));
            if (write is Decision.None)
            {
                continue;
            }

            _sources.Add(s.Id);
            if (write is Decision.Insert)
            {
                NewSources.Add(s.Id);
                _writes.Add(() => c.Execute("INSERT INTO sources (id, citation, url, publisher, licence, edition, accessed) VALUES (@Id, @Citation, @Url, @Publisher, @Licence, @Edition, @Accessed)", s, t));
            }
            else
            {
                _writes.Add(() => c.Execute("UPDATE sources SET citation = @Citation, url = @Url, publisher = @Publisher, licence = @Licence, edition = @Edition, accessed = @Accessed WHERE id = @Id", s, t));
            }
        }
    }

    public void PlanIndicators(IEnumerable<Indicator> indicators)
    {
        foreach (var i in Distinct(indicators, i => i.Id, (a, b) => a == b, "indicator"))
        {
            if (!Valid(i))
            {
                continue;
            }

            var stored = c.QuerySingleOrDefault<Indicator>(IndicatorSql, new { id = i.Id }, t);
            var write = Decide("indicator", i.Id, stored, stored is null || stored == i, () => Differences(stored!, i));
            if (write is Decision.None)
            {
                continue;
            }

            _indicators.Add(i);
            if (write is Decision.Insert)
            {
                NewIndicators.Add(i.Id);
                _writes.Add(() => c.Execute("""
                    INSERT INTO indicators (id, name, unit, dimension, description, chart_kind, min_value, max_value, display_precision, missing_means_zero, map_classes)
                    VALUES (@Id, @Name, @Unit, @Dimension, @Description, @ChartKind, @MinValue, @MaxValue, @DisplayPrecision, @MissingMeansZero, @MapClasses)
                    """, i, t));
            }
            else
            {
                _writes.Add(() => c.Execute("""
                    UPDATE indicators SET name = @Name, unit = @Unit, dimension = @Dimension, description = @Description,
                        chart_kind = @ChartKind, min_value = @MinValue, max_value = @MaxValue,
                        display_precision = @DisplayPrecision, missing_means_zero = @MissingMeansZero, map_classes = @MapClasses
                    WHERE id = @Id
                    """, i, t));
            }
        }
    }

    public void PlanEntities(IEnumerable<Entity> entities)
    {
        var list = Distinct(entities, e => e.Code,
            (a, b) => a.Name == b.Name && a.Kind == b.Kind && a.Members.Order(StringComparer.Ordinal).SequenceEqual(b.Members.Order(StringComparer.Ordinal), StringComparer.Ordinal),
            "entity").ToList();
        var fileCodes = list.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var e in list)
        {
            if (!ContractTables.IsEntityCode(e.Code) || string.IsNullOrWhiteSpace(e.Name) || !ContractTables.EntityKinds.Contains(e.Kind))
            {
                Fail("entity", e.Code, "is not a valid entity definition (code of 2–16 upper-case letters, digits or '-'; a name; kind country, group or other)");
                continue;
            }

            if (e.Kind == "country" && !ContractTables.IsIsoAlpha3(e.Code))
            {
                Fail("entity", e.Code, "is a country without an ISO 3166-1 alpha-3 code (three upper-case letters); use kind other");
                continue;
            }

            var stored = c.QuerySingleOrDefault<Entity>(EntitySql, new { id = e.Code }, t);
            var storedMembers = stored is null ? [] : c.Query<string>(MembersSql, new { id = e.Code }, t).ToList();
            var same = stored is not null && stored.Name == e.Name && stored.Kind == e.Kind &&
                       storedMembers.SequenceEqual(e.Members.Order(StringComparer.Ordinal), StringComparer.Ordinal);
            var write = Decide("entity", e.Code, stored, stored is null || same,
                () => $"stored: {stored!.Name} ({stored.Kind}{Members(storedMembers)}); file: {e.Name} ({e.Kind}{Members(e.Members)})");
            if (write is Decision.None)
            {
                continue;
            }

            _entities.Add(e.Code);
            if (write is Decision.Insert)
            {
                NewEntities.Add(e.Code);
                _writes.Add(() => c.Execute("INSERT INTO entities (code, name, kind) VALUES (@Code, @Name, @Kind)", e, t));
            }
            else
            {
                _writes.Add(() => c.Execute("UPDATE entities SET name = @Name, kind = @Kind WHERE code = @Code; DELETE FROM entity_members WHERE group_code = @Code", e, t));
            }

            foreach (var member in e.Members)
            {
                if (!fileCodes.Contains(member) && c.ExecuteScalar<long>(EntityExistsSql, new { member }, t) == 0)
                {
                    Fail("members", member, $"of group '{e.Code}' is not a known entity");
                    continue;
                }

                var group = e.Code;
                _memberWrites.Add(() => c.Execute("INSERT OR IGNORE INTO entity_members (group_code, member_code) VALUES (@group, @member)", new { group, member }, t));
            }
        }
    }

    /// <summary>Writes what was planned (group members last, once every entity exists), and the ownership rows.</summary>
    public void Write()
    {
        foreach (var write in _writes.Concat(_memberWrites))
        {
            write();
        }

        ownership.WriteOwned(c, t);
    }

    private static string Members(IEnumerable<string> members)
    {
        var list = members.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "" : "; " + string.Join(';', list);
    }

    private static string Differences(Source a, Source b) =>
        Describe(("citation", a.Citation, b.Citation), ("url", a.Url, b.Url), ("publisher", a.Publisher, b.Publisher),
            ("licence", a.Licence, b.Licence), ("edition", a.Edition, b.Edition), ("accessed", a.Accessed, b.Accessed));

    private static string Differences(Indicator a, Indicator b) =>
        Describe(("name", a.Name, b.Name), ("unit", a.Unit, b.Unit), ("dimension", a.Dimension, b.Dimension),
            ("description", a.Description, b.Description), ("chart_kind", a.ChartKind, b.ChartKind),
            ("min_value", Num(a.MinValue), Num(b.MinValue)), ("max_value", Num(a.MaxValue), Num(b.MaxValue)),
            ("display_precision", a.DisplayPrecision, b.DisplayPrecision), ("missing_means_zero", a.MissingMeansZero ? "yes" : "no", b.MissingMeansZero ? "yes" : "no"),
            ("map_classes", a.MapClasses, b.MapClasses));

    private static string? Num(double? d) => d?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(params (string Field, string? Stored, string? File)[] fields) =>
        string.Join("; ", fields.Where(f => f.Stored != f.File).Select(f => $"{f.Field}: stored '{f.Stored}', file '{f.File}'"));

    private bool Valid(Indicator i)
    {
        var ok = RowParser.IsSlug(i.Id) && !string.IsNullOrWhiteSpace(i.Name) && !string.IsNullOrWhiteSpace(i.Unit) &&
                 !string.IsNullOrWhiteSpace(i.Description) &&
                 ContractTables.Dimensions.Contains(i.Dimension) && ContractTables.ChartKinds.Contains(i.ChartKind) &&
                 !(i.MinValue is { } lo && i.MaxValue is { } hi && hi < lo) &&
                 NumberPrecision.TryParse(i.DisplayPrecision, out _) && ContractTables.MapClassMethods.Contains(i.MapClasses);
        if (!ok)
        {
            Fail("indicator", i.Id, "is not a valid indicator definition (slug id, name, unit, description, dimension in " +
                string.Join('/', ContractTables.Dimensions) + ", chart kind in " + string.Join('/', ContractTables.ChartKinds) + ", min ≤ max, display precision " + NumberPrecision.Syntax + ", map classes equal or quantile)");
        }

        return ok;
    }

    private IEnumerable<T> Distinct<T>(IEnumerable<T> items, Func<T, string> id, Func<T, T, bool> same, string kind)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (seen.TryGetValue(id(item), out var first))
            {
                if (!same(first, item))
                {
                    Fail(kind, id(item), "is defined twice in the file with different definitions");
                }

                continue;
            }

            seen[id(item)] = item;
            yield return item;
        }
    }

    private Decision Decide(string kind, string id, object? stored, bool same, Func<string> differences)
    {
        Decision write;
        if (stored is null)
        {
            write = Decision.Insert;
        }
        else if (same)
        {
            write = Decision.None;
        }
        else if (ownership.IsExclusive(kind, id))
        {
            write = Decision.Update;
        }
        else
        {
            Fail(kind, id, $"is already defined differently in the store ({differences()}); use another id or the stored definition");
            return Decision.None;
        }

        ownership.Claim(c, t, kind, id, brought: write != Decision.None);
        return write;
    }

    private void Fail(string column, string? value, string rule) => errors.Add(ImportError.At(file, 0, column, value, rule));

    private enum Decision
    {
        None,
        Insert,
        Update,
    }
}
