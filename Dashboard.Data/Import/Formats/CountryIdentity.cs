using System.Globalization;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Which country a row means, checked rather than assumed. Where a row has both a code and a name, both are read
/// (codes as ISO 3166 alpha-3, alpha-2 or numeric/M49, names through <see cref="CountryNames"/>) and must name the same
/// country. A first pass over the table counts disagreements: if the code column names another country than the name
/// in rows of three or more different codes, it is not ISO (COW/Polity codes: AUS = Austria, SWZ = Switzerland), so
/// the names are used and a note says so; one or two disagreeing codes are errors naming both columns. The user may
/// choose the column (<c>--country-column</c>). Codes that are no ISO code (KZK, UVK) fall back to the name and are
/// noted. Historical states are their former ISO 3166-3 codes (USSR = SUN, Yugoslavia = YUG, …); the UCDP names
/// "Russia (Soviet Union)" and "Serbia (Yugoslavia)" are read by year (the state that existed then), never guessed.
/// </summary>
public sealed class CountryIdentity
{
    private const int DistinctCodesThatMeanNotIso = 3;

    private readonly string _file;
    private readonly string? _codeColumn;
    private readonly CountryCodeKind _kind;
    private readonly string? _nameColumn;
    private readonly IReadOnlyDictionary<string, string> _map;
    private readonly SortedDictionary<string, (string Name, string CodeCountry, string NameCountry, int Line, int Rows)> _disagree = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (string Name, string Country)> _codeUnknown = new(StringComparer.Ordinal);
    private bool _useNames;

    public CountryIdentity(string file, string? codeColumn, CountryCodeKind kind, string? nameColumn, IReadOnlyDictionary<string, string> map)
    {
        _file = file;
        _codeColumn = codeColumn;
        _kind = kind;
        _nameColumn = nameColumn;
        _map = map;
        _useNames = codeColumn is null;
    }

    /// <summary>The column countries are read from after <see cref="Decide"/>.</summary>
    public string? Column => _useNames ? _nameColumn : _codeColumn;

    /// <summary>First pass: one row's code and name.</summary>
    public void See(string code, string name, int line)
    {
        if (_codeColumn is null || _nameColumn is null || code.Length == 0 || name.Length == 0)
        {
            return;
        }

        var byCode = FromCode(code);
        var byName = FromName(name, year: null);
        if (byCode is not null && byName is not null && byCode != byName)
        {
            _disagree[code] = _disagree.TryGetValue(code, out var d) ? d with { Rows = d.Rows + 1 } : (name, byCode, byName, line, 1);
        }
        else if (byCode is null && byName is not null && !_codeUnknown.ContainsKey(code))
        {
            _codeUnknown[code] = (name, byName);
        }
    }

    /// <summary>
    /// Chooses the column to trust, after the first pass; false (errors added) when code and name disagree in a way
    /// that cannot be settled. <paramref name="chosen"/> is the column the user named, if any.
    /// </summary>
    public bool Decide(string? chosen, ErrorList errors, List<string> notes)
    {
        if (_codeColumn is null || _nameColumn is null)
        {
            return true;
        }

        if (chosen is not null && string.Equals(chosen, _nameColumn, StringComparison.OrdinalIgnoreCase))
        {
            _useNames = true;
            notes.Add($"countries read from column '{_nameColumn}' (chosen); column '{_codeColumn}' is not used");
            return true;
        }

        if (chosen is not null && string.Equals(chosen, _codeColumn, StringComparison.OrdinalIgnoreCase))
        {
            // The user vouches for the codes: a disagreeing name is then the name's problem, but it is still said.
            notes.Add(_disagree.Count == 0
                ? $"countries read from column '{_codeColumn}' (chosen)"
                : string.Create(CultureInfo.InvariantCulture,
                    $"countries read from column '{_codeColumn}' (chosen), although {_disagree.Count} of its codes name another country than column '{_nameColumn}' ({Examples()})"));
            return true;
        }

        if (_disagree.Count >= DistinctCodesThatMeanNotIso)
        {
            _useNames = true;
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"column '{_codeColumn}' is not ISO 3166 alpha-3: {_disagree.Count} of its codes name another country than column '{_nameColumn}' ({Examples()}), so countries were read from the names in '{_nameColumn}' (--country-column to choose)"));
            return true;
        }

        foreach (var (code, d) in _disagree)
        {
            errors.Add(ImportError.At(_file, d.Line, _codeColumn, code, string.Create(CultureInfo.InvariantCulture,
                $"is {CountryNames.NameOf(d.CodeCountry)} ({d.CodeCountry}) but column '{_nameColumn}' says '{d.Name}', which is {CountryNames.NameOf(d.NameCountry)} ({d.NameCountry}) ({d.Rows} row{(d.Rows == 1 ? string.Empty : "s")}): the two columns must name the same country; correct the row, or choose the column to trust (--country-column; 'Country column' on the upload form)")));
        }

        if (_disagree.Count > 0)
        {
            return false;
        }

        if (_codeUnknown.Count > 0)
        {
            notes.Add($"codes that are not ISO 3166 codes were read from their names in column '{_nameColumn}': " +
                string.Join("; ", _codeUnknown.Take(10).Select(u => $"'{u.Key}' = {u.Value.Name} ({u.Value.Country})")) + (_codeUnknown.Count > 10 ? "; …" : string.Empty));
        }

        return true;
    }

    private string Examples() =>
        string.Join("; ", _disagree.Take(3).Select(d => $"'{d.Key}' is {CountryNames.NameOf(d.Value.CodeCountry)} but the row says '{d.Value.Name}'"));

    /// <summary>Second pass: the entity code of a row (by <paramref name="year"/> for the names that need one), or null.</summary>
    public string? Resolve(string code, string name, int? year)
    {
        if ((code.Length > 0 && _map.TryGetValue(code, out var mapped)) || (name.Length > 0 && _map.TryGetValue(name, out mapped)))
        {
            return mapped;
        }

        if (_useNames)
        {
            return FromName(name, year);
        }

        return (code.Length > 0 ? FromCode(code) : null) ?? (_nameColumn is not null ? FromName(name, year) : null);
    }

    /// <summary>The entity the caller mapped a code or name to (<see cref="ReaderContext.EntityMap"/>), or null.</summary>
    public string? Mapped(string codeOrName) => codeOrName.Length > 0 && _map.TryGetValue(codeOrName, out var mapped) ? mapped : null;

    /// <summary>Whether a name is one whose state depends on the year ("Russia (Soviet Union)").</summary>
    public static bool NeedsYear(string name) => ByYear(name, 2000) is not null && !CountryNames.TryGetCode(name, out _);

    private string? FromCode(string code) => _kind switch
    {
        CountryCodeKind.Alpha2 => CountryNames.FromAlpha2(code),
        CountryCodeKind.Numeric => CountryNames.FromNumeric(code),
        _ => code.Length == 3 && (CountryNames.IsCountryCode(code) || CountryNames.IsFormerCode(code)) ? code : null,
    };

    private static string? FromName(string name, int? year)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (CountryNames.TryGetCode(name, out var code))
        {
            return code;
        }

        return year is { } y ? ByYear(name, y) : null;
    }

    // UCDP names a state by its present name with the former one in brackets, for all years: the state that existed in
    // the row's year is meant (the Soviet Union until its end in December 1991; Yugoslavia until 2003, Serbia and
    // Montenegro until June 2006, as ISO 3166 coded them).
    private static string? ByYear(string name, int year) => name.Trim().ToUpperInvariant() switch
    {
        "RUSSIA (SOVIET UNION)" => year <= 1991 ? "SUN" : "RUS",
        "SERBIA (YUGOSLAVIA)" => year <= 2002 ? "YUG" : year <= 2005 ? "SCG" : "SRB",
        _ => null,
    };
}
