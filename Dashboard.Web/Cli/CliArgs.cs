using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Cli;

/// <summary>The arguments after the verb: <c>--name value</c> options, <c>--flag</c> switches and positional values.</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CliArgs(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal) && list[i].Length > 2)
            {
                var name = list[i][2..];
                var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
                _options[name] = hasValue ? list[++i] : null;
            }
            else
            {
                Positional.Add(list[i]);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public string Option(string name, string fallback) => Option(name) ?? fallback;

    public bool Flag(string name) => _options.ContainsKey(name);

    /// <summary>The options as query words (<c>--entities KAZ</c> → <c>entities=KAZ</c>), for the parsers the web app uses too.</summary>
    public IEnumerable<KeyValuePair<string, StringValues>> Words =>
        _options.Where(o => o.Value is not null).Select(o => new KeyValuePair<string, StringValues>(o.Key, o.Value));

    /// <summary>Options given that the verb does not know (reported as a usage error).</summary>
    public IEnumerable<string> UnknownOptions(params string[] known) => _options.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal));
}
