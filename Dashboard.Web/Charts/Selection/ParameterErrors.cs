namespace Dashboard.Web.Charts.Selection;

/// <summary>
/// The one shape of "what is wrong with this request": messages by the name of the parameter (query-string name, form
/// field, or CLI option without its dashes). Parsers, the resolver, decks and exports all answer with it; endpoints turn
/// it into a 400 ProblemDetails (<c>errors</c> by parameter), pages into their error list, the CLI into its message.
/// </summary>
public sealed class ParameterErrors
{
    public static readonly ParameterErrors None = new(new Dictionary<string, string[]>());

    private ParameterErrors(IReadOnlyDictionary<string, string[]> byParameter) => ByParameter = byParameter;

    /// <summary>The messages of each parameter, in the order the problems were found.</summary>
    public IReadOnlyDictionary<string, string[]> ByParameter { get; }

    public bool Any => ByParameter.Count > 0;

    /// <summary>The first problem's parameter ("" when there is none), for titles such as "Invalid parameter 'entities'".</summary>
    public string FirstParameter => ByParameter.Keys.FirstOrDefault() ?? "";

    /// <summary>The first problem's message ("" when there is none).</summary>
    public string FirstMessage => ByParameter.Values.FirstOrDefault()?.FirstOrDefault() ?? "";

    /// <summary>Every message prefixed with its parameter ("entities: …"), for pages and the command line.</summary>
    public IReadOnlyList<string> Messages => ByParameter.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")).ToList();

    public static ParameterErrors Of(string parameter, string message) => new(new Dictionary<string, string[]> { [parameter] = [message] });

    public static ParameterErrors Of(IReadOnlyDictionary<string, string[]> byParameter) => byParameter.Count == 0 ? None : new(byParameter);

    /// <summary>These problems and then <paramref name="other"/>'s (a parameter named by both keeps both messages).</summary>
    public ParameterErrors And(ParameterErrors other)
    {
        if (!other.Any)
        {
            return this;
        }

        var merged = ByParameter.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        foreach (var (key, messages) in other.ByParameter)
        {
            merged[key] = merged.TryGetValue(key, out var mine) ? [.. mine, .. messages] : messages;
        }

        return new ParameterErrors(merged);
    }
}
