using System.Globalization;

namespace Dashboard.Web.Security;

/// <summary>
/// The <c>AllowedHosts</c> setting, read once: ';'-separated host names, each exact (case-insensitive), a wildcard
/// <c>*.example.org</c> for its subdomains, or <c>*</c> for any name; IP addresses as written in a URL (<c>[::1]</c>).
/// An entry may carry a port (<c>dashboard.example.org:8443</c>, <c>[::1]:5080</c>): a request for that name must
/// then come to that port (the port in its Host header, or 80/443 by scheme when it has none). ASP.NET's own host
/// filtering ignores ports, so this list replaces it (<see cref="AllowedHostsMiddleware"/>), and
/// <see cref="PublicBaseUrl"/> trusts the request's origin only when this list names it.
/// </summary>
public sealed class AllowedHostList
{
    public const string Key = "AllowedHosts";

    private readonly IReadOnlyList<(string Name, int? Port)> _entries;

    private AllowedHostList(IReadOnlyList<(string Name, int? Port)> entries) => _entries = entries;

    /// <summary>The list; throws <see cref="FormatException"/> naming the setting and the entry when one is not a host[:port].</summary>
    public static AllowedHostList Parse(string? setting)
    {
        var entries = new List<(string, int?)>();
        foreach (var raw in (setting ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            entries.Add(ParseEntry(raw));
        }

        // As in ASP.NET: no setting at all answers every name.
        return new AllowedHostList(entries.Count == 0 ? [("*", null)] : entries);
    }

    /// <summary>True when a request for <paramref name="host"/> over <paramref name="scheme"/> may be answered.</summary>
    public bool Allows(HostString host, string scheme) => _entries.Any(e => e.Name == "*" || Matches(e, host, scheme));

    /// <summary>True when the list names <paramref name="host"/> (and its port) itself, not through <c>*</c>.</summary>
    public bool Names(HostString host, string scheme) => host.HasValue && _entries.Any(e => e.Name != "*" && Matches(e, host, scheme));

    private static bool Matches((string Name, int? Port) entry, HostString host, string scheme)
    {
        var name = host.Host;
        var nameMatches = entry.Name.StartsWith("*.", StringComparison.Ordinal)
            ? name.Length > entry.Name.Length - 1 && name.EndsWith(entry.Name[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(name, entry.Name, StringComparison.OrdinalIgnoreCase);
        return nameMatches && (entry.Port is null || entry.Port == (host.Port ?? DefaultPort(scheme)));
    }

    private static int DefaultPort(string scheme) => string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? 443 : 80;

    private static (string Name, int? Port) ParseEntry(string raw)
    {
        string name;
        string? port = null;
        if (raw.StartsWith('['))
        {
            var close = raw.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || (close + 1 < raw.Length && raw[close + 1] != ':'))
            {
                throw Invalid(raw);
            }

            name = raw[..(close + 1)];
            port = close + 1 < raw.Length ? raw[(close + 2)..] : null;
        }
        else if (raw.Count(c => c == ':') > 1)
        {
            // An IPv6 address without brackets: the Host header always brackets it.
            name = "[" + raw + "]";
        }
        else
        {
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            name = colon < 0 ? raw : raw[..colon];
            port = colon < 0 ? null : raw[(colon + 1)..];
        }

        var wildcard = name == "*" || (name.StartsWith("*.", StringComparison.Ordinal) && name.Length > 2 && name.LastIndexOf('*') == 0);
        if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || (name.Contains('*', StringComparison.Ordinal) && !wildcard))
        {
            throw Invalid(raw);
        }

        int? number = null;
        if (port is not null)
        {
            if (name == "*" || !int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            {
                throw Invalid(raw);
            }

            number = p;
        }

        // Compared as names travel in Host headers: internationalised names in punycode.
        try
        {
            return (name == "*" ? name : name.StartsWith("*.", StringComparison.Ordinal) ? "*." + Punycode(name[2..]) : Punycode(name), number);
        }
        catch (ArgumentException)
        {
            throw Invalid(raw);
        }
    }

    private static string Punycode(string name) => new HostString(name).ToUriComponent();

    private static FormatException Invalid(string entry) =>
        new($"{Key} entry '{entry}' is not a host name with an optional port (e.g. dashboard.example.org, *.example.org, [::1]:5080, localhost:5080) or '*'. The app does not start with it.");
}
