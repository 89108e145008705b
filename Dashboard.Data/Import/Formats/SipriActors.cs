namespace Dashboard.Data.Import.Formats;

/// <summary>
/// SIPRI's suppliers and recipients, as both trade-register layouts name them: countries (with SIPRI's spellings),
/// known organisations and non-state actors, and new non-state actors ("*" at the end of the name), which get a code
/// of their own and a note. Any other unknown name is an error, reported once.
/// </summary>
internal sealed class SipriActors(string display, ReaderContext context, DatasetContent content, ErrorList errors)
{
    private readonly HashSet<string> _unknown = new(StringComparer.Ordinal);

    /// <summary>The entity code and the name as written, or null (an error was added the first time the name was met).</summary>
    public (string Code, string Name)? Resolve(string name, string column, int line)
    {
        if (ReaderSupport.ResolveEntity(name, context, content) is { } code)
        {
            return (code, name);
        }

        // SIPRI marks non-state actors with '*' and international organisations with '**'; new ones get a code.
        if (name.EndsWith('*') && ReaderSupport.Slug(name.TrimEnd('*'), 13).ToUpperInvariant() is { Length: > 0 } slug)
        {
            var actor = new Model.Entity { Code = "NS-" + slug, Name = name, Kind = "other" };
            if (_unknown.Add(name))
            {
                content.Notes.Add($"'{name}' is a non-state actor without a fixed code: stored as {actor.Code}");
            }

            ReaderSupport.Define(actor, context, content);
            return (actor.Code, name);
        }

        if (_unknown.Add(name))
        {
            errors.Add(ImportError.At(display, line, column, name,
                name.Length == 0 ? "is required but empty" : "is not a known country or SIPRI actor name (add its spelling to CountryNames or map it)"));
        }

        return null;
    }
}
