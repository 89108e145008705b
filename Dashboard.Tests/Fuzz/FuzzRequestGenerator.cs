using System.Globalization;
using System.Text;

namespace Dashboard.Tests.Fuzz;

/// <summary>
/// Generates chart, API and page requests from a seed: mostly random mixes of valid, boundary and hostile parameter
/// values (so most fail validation cheaply), and a budgeted share of valid chart requests that really render. For chart
/// URLs it also predicts the answer (<see cref="FuzzExpectation"/>) from the documented rules of the chart endpoint.
/// </summary>
public sealed class FuzzRequestGenerator
{
    /// <summary>Largest image the chart endpoint accepts (its default Charts:MaxPixels, 3840×2160×2²).</summary>
    public const long MaxPixels = 33_177_600;

    private const int DefaultWidth = 1200;
    private const int DefaultHeight = 675;

    /// <summary>Decoded values that are never valid anywhere: markup, SQL, paths, control and non-ASCII characters, huge strings.</summary>
    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "1; DROP TABLE observations; --",
        "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "..", ".", "~", "\0", "abc\0def", "=cmd|' /C calc'!A0",
        "@SUM(1+1)", "${jndi:ldap://127.0.0.1/a}", "$(id)", "\r\nX-Injected: 1", "中国", "Қазақстан", "Россия", "İSTANBUL", "ß",
        "\u202Eevil", "😀🚀", "\uFFFD", "null", "undefined", "NaN", "true", "[]", "{}", "%", "+", "&", "=", "#", "?", "|", "\\",
        new string('A', 5_000), new string('9', 400), new string('-', 300), "a,b,c,d", "CHN;RUS", "CHN RUS", "  ",
    ];

    /// <summary>Already percent-encoded fragments, sent as they are: invalid UTF-8, encoded separators, double encoding.</summary>
    private static readonly string[] RawEncoded =
    [
        "%C3%28", "%FF%FE%FD", "%ED%A0%80", "%00", "%zz", "%", "%2", "..%2F..%2Fetc%2Fpasswd", "%252e%252e%252f", "%E4%B8%AD%E5%9B%BD",
        "%0D%0ASet-Cookie:%20x=1", "%3Cscript%3E", "%2C%2C%2C", "%20%20", "%C0%AE%C0%AE%2F",
    ];

    private static readonly string[] BadIntegers =
    [
        "0", "-1", "-0", "+300", "1.5", "300.0", "1e3", "0x100", "abc", "NaN", "Infinity", "-Infinity", "2147483647", "2147483648",
        "-2147483648", "99999999999999999999999999", "٣٠٠", "３００", "300px", "3 00", "1,200", "1_200", "\t", "0000000000000000000000001",
    ];

    private static readonly string[] Themes = ["light", "dark", "projector", "DARK", "Projector"];

    private static readonly string[] BadThemes = ["blue", "light;dark", "lightt", "d ark", "0", "projector\0", "null"];

    private static readonly string[] GoodPeriods =
        ["2000", "2010", "2015", "2019", "2023", "2010-2014", "2016-2020", "2019-11", "2022-06", "1000", "2999", "1000-2999", "2999-12"];

    private static readonly string[] BadPeriods =
    [
        "999", "0999", "3000", "-2019", "19", "201", "20190", "2019-13", "2019-00", "2019-1", "2019-1a", "2014-2010", "2019-2019",
        "2019-11-05", "2019/11", "11-2019", "Nov 2019", "２０１９", "2019.5", "2e3", "99999999999999999999", "2019-99999999999",
        "0000", "-0001", "2019-", "-2019-", "1999-2000-2001",
    ];

    private static readonly string[] Dimensions = ["military", "economic", "political", "technology"];

    private static readonly string[] PagePaths = ["/", "/compare", "/timeline", "/sources", "/claims", "/indicators"];

    private readonly Random _random;
    private readonly IReadOnlyList<string> _indicators;
    private readonly IReadOnlyList<string> _entities;
    private readonly long _pixelBudget;
    private long _pixels;

    /// <param name="seed">Fixes the whole sequence.</param>
    /// <param name="indicators">Indicator ids that exist.</param>
    /// <param name="entities">Entity codes that exist (upper case).</param>
    /// <param name="pixelBudget">Pixels that valid image requests may render in total; past it they are made small.</param>
    public FuzzRequestGenerator(int seed, IReadOnlyList<string> indicators, IReadOnlyList<string> entities, long pixelBudget)
    {
        _random = new Random(seed);
        _indicators = indicators;
        _entities = entities;
        _pixelBudget = pixelBudget;
    }

    public FuzzRequest Next() => _random.NextDouble() switch
    {
        < 0.62 => Chart(),
        < 0.79 => Observations(),
        < 0.84 => IndicatorDetail(),
        < 0.90 => Events(),
        < 0.96 => Page(),
        _ => OtherMethod(),
    };

    private FuzzRequest Chart()
    {
        var valid = true;

        // Indicator and format (the path).
        string idSegment;
        if (Chance(0.72))
        {
            idSegment = Uri.EscapeDataString(Pick(_indicators));
        }
        else
        {
            valid = false;
            idSegment = _random.Next(5) switch
            {
                0 => "no-such-indicator-" + _random.Next(1000).ToString(CultureInfo.InvariantCulture),
                1 => Uri.EscapeDataString(Pick(_indicators).ToUpperInvariant()),
                2 => new string('a', Pick([99, 101, 2_000])),
                3 => PathSafe(Pick(RawEncoded)),
                _ => PathSafe(Uri.EscapeDataString(Pick(Hostile))),
            };
        }

        var (extension, formatValid, isImage) = _random.Next(20) switch
        {
            < 9 => ("png", (bool?)true, true),
            < 15 => ("svg", true, true),
            < 18 => ("csv", true, false),
            18 => (Pick(["gif", "jpg", "pdf", "png.exe", "", "pn"]), false, false),
            _ => (Pick(["PNG", "Svg"]), null, true), // route literals may match case-insensitively: no prediction
        };

        // Query parameters: each present or not, valid or not, sometimes repeated.
        var query = new List<string>();
        int? width = null, height = null, scale = null;
        var parameterValid = true;
        if (Chance(0.35))
        {
            parameterValid &= AddEntities(query, allowLowerCase: true);
        }

        string? from = null, to = null;
        if (Chance(0.3))
        {
            parameterValid &= AddPeriod(query, "from", out from);
        }

        if (Chance(0.3))
        {
            parameterValid &= AddPeriod(query, "to", out to);
        }

        if (from is not null && to is not null && Dashboard.Data.Model.Period.TryParse(from, out var f, out _) &&
            Dashboard.Data.Model.Period.TryParse(to, out var t, out _) && f.Start > t.End)
        {
            parameterValid = false;
        }

        if (Chance(0.4))
        {
            parameterValid &= AddInteger(query, "width", Pick([200, 240, 320, 400, 480]), Pick([200, 3840]), 200, 3840, out width);
        }

        if (Chance(0.4))
        {
            parameterValid &= AddInteger(query, "height", Pick([150, 180, 240, 300]), Pick([150, 2160]), 150, 2160, out height);
        }

        if (Chance(0.25))
        {
            parameterValid &= AddInteger(query, "scale", Pick([1, 1, 2]), Pick([1, 4]), 1, 4, out scale);
        }

        if (Chance(0.2))
        {
            if (Chance(0.6))
            {
                query.Add("theme=" + Uri.EscapeDataString(Pick(Themes)));
            }
            else
            {
                query.Add("theme=" + Uri.EscapeDataString(Pick(BadThemes)));
                parameterValid = false;
            }
        }

        if (Chance(0.1))
        {
            // Unknown parameters are ignored.
            query.Add(Pick(["foo=bar", "__proto__=x", "indicator=top500-systems", "format=gif", "callback=alert", "a[]=1"]));
        }

        if (Chance(0.05) && query.Count > 0)
        {
            // The same parameter twice: an error, except entities, which merge.
            var repeated = query[_random.Next(query.Count)];
            query.Add(repeated);
            if (!repeated.StartsWith("entities=", StringComparison.Ordinal) && !IsIgnored(repeated))
            {
                parameterValid = false;
            }
        }

        var pixels = (long)(width ?? DefaultWidth) * (height ?? DefaultHeight) * (scale ?? 1) * (scale ?? 1);
        if (pixels > MaxPixels)
        {
            parameterValid = false;
        }

        // A parameter error is a 400 whatever the path; a bad indicator or format then decides.
        FuzzExpectation expect;
        if (!parameterValid)
        {
            expect = FuzzExpectation.ClientError;
        }
        else if (formatValid is null)
        {
            expect = FuzzExpectation.Any;
        }
        else
        {
            expect = valid && formatValid.Value ? FuzzExpectation.Ok : FuzzExpectation.ClientError;
        }

        // Budget: a valid image request that would render more than the budget allows is made small.
        if (expect == FuzzExpectation.Ok && isImage)
        {
            if (_pixels + pixels > _pixelBudget)
            {
                query.RemoveAll(q => q.StartsWith("width=", StringComparison.Ordinal) || q.StartsWith("height=", StringComparison.Ordinal) ||
                    q.StartsWith("scale=", StringComparison.Ordinal));
                query.Add("width=200");
                query.Add("height=150");
                pixels = 200 * 150;
            }

            _pixels += pixels;
        }

        string? ifNoneMatch = null;
        if (Chance(0.05))
        {
            ifNoneMatch = Pick(["*", "\"abc\"", "W/\"x\"", "garbage", "\"", new string('"', 300), "\"a\", *"]);
            if (expect == FuzzExpectation.Ok && ifNoneMatch.Contains('*', StringComparison.Ordinal))
            {
                expect = FuzzExpectation.NotModified;
            }
        }

        var path = "/charts/" + idSegment + (extension.Length > 0 ? "." + extension : "");
        if (path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal))
        {
            // A dot segment: the client resolves "/charts/.." to "/", another page.
            expect = FuzzExpectation.Any;
        }

        var url = path + QueryString(query);
        return new FuzzRequest("GET", url, ifNoneMatch, expect) { Pixels = expect == FuzzExpectation.Ok && isImage ? pixels : 0 };
    }

    private FuzzRequest Observations()
    {
        var query = new List<string>();
        var known = false;
        if (Chance(0.85))
        {
            known = Chance(0.75);
            query.Add("indicator=" + (known ? Uri.EscapeDataString(Pick(_indicators)) : HostileValue()));
        }

        var simple = true;
        if (Chance(0.4))
        {
            simple = false;
            AddEntities(query, allowLowerCase: false);
        }

        if (Chance(0.2))
        {
            simple = false;
            query.Add("counterpart=" + (Chance(0.6) ? Pick(_entities) : HostileValue()));
        }

        if (Chance(0.3))
        {
            simple = false;
            AddPeriod(query, "from", out _);
        }

        if (Chance(0.3))
        {
            simple = false;
            AddPeriod(query, "to", out _);
        }

        if (Chance(0.05) && query.Count > 0)
        {
            simple = false;
            query.Add(query[_random.Next(query.Count)]);
        }

        // Without an indicator, or with one that is not an existing id, the answer is a 4xx whatever else is sent.
        var expect = query.Count == 0 || !query[0].StartsWith("indicator=", StringComparison.Ordinal) || !known
            ? FuzzExpectation.ClientError
            : simple ? FuzzExpectation.Ok : FuzzExpectation.Any;
        return new FuzzRequest("GET", "/api/observations" + QueryString(query), null, expect);
    }

    private FuzzRequest IndicatorDetail()
    {
        var known = Chance(0.5);
        var id = known ? Uri.EscapeDataString(Pick(_indicators)) : PathSafe(HostileValue());

        // "." and ".." are dot segments: the URL then names the list or nothing.
        var expect = known ? FuzzExpectation.Ok : id is "." or ".." ? FuzzExpectation.Any : FuzzExpectation.ClientError;
        return new FuzzRequest("GET", "/api/indicators/" + id, null, expect);
    }

    private FuzzRequest Events()
    {
        var query = new List<string>();
        if (Chance(0.4))
        {
            query.Add("from=" + YearValue());
        }

        if (Chance(0.4))
        {
            query.Add("to=" + YearValue());
        }

        if (Chance(0.3))
        {
            query.Add("actor=" + (Chance(0.6) ? Pick(_entities) : HostileValue()));
        }

        if (Chance(0.3))
        {
            query.Add("dimension=" + (Chance(0.6) ? Pick(Dimensions) : HostileValue()));
        }

        return new FuzzRequest("GET", "/api/events" + QueryString(query), null, query.Count == 0 ? FuzzExpectation.Ok : FuzzExpectation.Any);
    }

    private FuzzRequest Page()
    {
        var query = new List<string>();
        string path;
        switch (_random.Next(4))
        {
            case 0:
                path = "/indicators/" + (Chance(0.5) ? Uri.EscapeDataString(Pick(_indicators)) : PathSafe(HostileValue()));
                break;
            case 1:
                path = "/compare";
                if (Chance(0.7))
                {
                    query.Add("indicator=" + (Chance(0.6) ? Uri.EscapeDataString(Pick(_indicators)) : HostileValue()));
                }

                if (Chance(0.5))
                {
                    AddEntities(query, allowLowerCase: true);
                }

                if (Chance(0.3))
                {
                    AddPeriod(query, "from", out _);
                }

                if (Chance(0.3))
                {
                    AddPeriod(query, "to", out _);
                }

                break;
            case 2:
                path = "/timeline";
                if (Chance(0.5))
                {
                    query.Add("actor=" + (Chance(0.5) ? Pick(_entities) : HostileValue()));
                }

                if (Chance(0.5))
                {
                    query.Add("dimension=" + (Chance(0.5) ? Pick(Dimensions) : HostileValue()));
                }

                break;
            default:
                path = Pick(PagePaths);
                if (Chance(0.5))
                {
                    query.Add(HostileValue() + "=" + HostileValue());
                }

                break;
        }

        return new FuzzRequest("GET", path + QueryString(query), null, FuzzExpectation.Any);
    }

    /// <summary>Methods the read-only endpoints do not accept (HEAD is left out: its answers never have a body).</summary>
    private FuzzRequest OtherMethod()
    {
        var method = Pick(["POST", "PUT", "DELETE", "PATCH"]);
        var url = _random.Next(3) switch
        {
            0 => "/charts/" + Pick(_indicators) + "." + Pick(["png", "svg", "csv"]),
            1 => "/api/observations?indicator=" + Pick(_indicators),
            _ => "/api/indicators/" + Pick(_indicators),
        };
        return new FuzzRequest(method, url, null, FuzzExpectation.ClientError);
    }

    /// <summary>Adds entities (sometimes as several parameters); false when the chart endpoint must refuse them.</summary>
    private bool AddEntities(List<string> query, bool allowLowerCase)
    {
        var valid = true;
        var codes = new List<string>();
        switch (_random.Next(8))
        {
            case 0:
                break; // entities= (empty: all)
            case 1:
                codes.AddRange(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(_entities)));
                codes.Add(codes[0]); // duplicates merge
                break;
            case 2:
                // 50 is the most a chart takes, 51 distinct codes one too many.
                var count = Pick([49, 50, 51, 60, 200]);
                for (var i = 0; i < count; i++)
                {
                    codes.Add(i < _entities.Count ? _entities[i] : "Z" + i.ToString("D2", CultureInfo.InvariantCulture));
                }

                valid = count <= _entities.Count; // made-up codes are unknown
                break;
            case 3:
                codes.Add(Pick(["ZZZ", "XXX", "AAA", "K4Z"])); // well-formed, unknown
                valid = false;
                break;
            case 4:
                var hostile = HostileDecoded();
                codes.Add(hostile);
                valid = hostile.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length == 0;
                break;
            case 5 when allowLowerCase:
                codes.Add(Pick(_entities).ToLowerInvariant());
                break;
            default:
                codes.AddRange(Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Pick(_entities)).Distinct());
                break;
        }

        var text = string.Join(Pick([",", ",", ", ", ",,"]), codes);
        if (codes.Count > 1 && Chance(0.2))
        {
            // As an HTML form sends checkboxes: entities=A&entities=B.
            query.AddRange(codes.Select(c => "entities=" + Uri.EscapeDataString(c)));
        }
        else
        {
            query.Add("entities=" + Uri.EscapeDataString(text));
        }

        return valid;
    }

    private bool AddPeriod(List<string> query, string name, out string? value)
    {
        if (Chance(0.55))
        {
            value = Pick(GoodPeriods);
            query.Add(name + "=" + value);
            return true;
        }

        value = null;
        var bad = Chance(0.7) ? Uri.EscapeDataString(Pick(BadPeriods)) : HostileValue();
        query.Add(name + "=" + bad);
        return IsBlank(bad);
    }

    private bool AddInteger(List<string> query, string name, int typical, int boundary, int min, int max, out int? value)
    {
        var roll = _random.Next(10);
        if (roll < 5)
        {
            value = roll == 0 ? boundary : typical;
            query.Add(name + "=" + value.Value.ToString(CultureInfo.InvariantCulture));
            return true;
        }

        value = null;
        var bad = roll switch
        {
            5 => (min - 1).ToString(CultureInfo.InvariantCulture),
            6 => (max + 1).ToString(CultureInfo.InvariantCulture),
            7 => HostileValue(),
            _ => Uri.EscapeDataString(Pick(BadIntegers)),
        };
        query.Add(name + "=" + bad);

        // Unusual is not always wrong: "0001" is a whole number, and blank means the default.
        var decoded = Uri.UnescapeDataString(bad).Trim();
        return decoded.Length == 0 ||
            (int.TryParse(decoded, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max);
    }

    private string YearValue() => _random.Next(4) switch
    {
        0 => Pick(["1000", "2015", "2023", "2999"]),
        1 => Pick(["999", "3000", "-1", "0"]),
        2 => Uri.EscapeDataString(Pick(BadIntegers)),
        _ => HostileValue(),
    };

    /// <summary>A hostile value ready for a URL: encoded from <see cref="Hostile"/> or one of the raw encoded fragments.</summary>
    private string HostileValue() => Chance(0.75) ? Uri.EscapeDataString(HostileDecoded()) : Pick(RawEncoded);

    private string HostileDecoded() => Pick(Hostile);

    /// <summary>
    /// A NUL in the path never reaches the app: Kestrel answers 400 itself, and the in-memory test host throws while
    /// decoding it. So paths carry a visible stand-in; queries keep their NULs (those do reach the app).
    /// </summary>
    private static string PathSafe(string encoded) => encoded.Replace("%00", "%01", StringComparison.OrdinalIgnoreCase);

    /// <summary>An empty or blank value counts as absent (the default), so it is valid.</summary>
    private static bool IsBlank(string encoded) => string.IsNullOrWhiteSpace(Uri.UnescapeDataString(encoded));

    private static bool IsIgnored(string parameter) =>
        !parameter.StartsWith("width=", StringComparison.Ordinal) && !parameter.StartsWith("height=", StringComparison.Ordinal) &&
        !parameter.StartsWith("scale=", StringComparison.Ordinal) && !parameter.StartsWith("theme=", StringComparison.Ordinal) &&
        !parameter.StartsWith("from=", StringComparison.Ordinal) && !parameter.StartsWith("to=", StringComparison.Ordinal) &&
        !parameter.StartsWith("entities=", StringComparison.Ordinal);

    private static string QueryString(List<string> query)
    {
        if (query.Count == 0)
        {
            return "";
        }

        var sb = new StringBuilder("?");
        sb.AppendJoin('&', query);
        return sb.ToString();
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
