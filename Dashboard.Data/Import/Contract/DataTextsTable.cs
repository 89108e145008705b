using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Contract;

/// <summary>
/// Reads <c>i18n/{culture}.csv</c> (columns <c>key</c>, <c>text</c>): every key must name a text of this folder
/// (<see cref="Keys"/>), once; a key that names nothing is an error, so a renamed indicator cannot leave a stale
/// translation behind. Texts a culture lacks fall back to English (<c>validate --texts</c> lists them).
/// </summary>
public static class DataTextsTable
{
    public static readonly TableColumns Columns = new(["key", "text"], ["key", "text"]);

    /// <summary>Every data text of a folder with its English text, by key.</summary>
    public static Dictionary<string, string> Keys(IEnumerable<Indicator> indicators, IEnumerable<Entity> entities, IEnumerable<TimelineEvent>? events = null)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var i in indicators)
        {
            keys["indicator." + i.Id + ".name"] = i.Name;
            keys["indicator." + i.Id + ".description"] = i.Description;

            // "%" and "flag" are codes the charts read, not words.
            if (i.Unit is not ("%" or "flag"))
            {
                keys["indicator." + i.Id + ".unit"] = i.Unit;
            }
        }

        // Countries are named from CLDR, never typed by hand; groups and other entities here.
        foreach (var e in entities.Where(e => e.Kind != "country"))
        {
            keys["entity." + e.Code + ".name"] = e.Name;
        }

        // An event has no id: its English title is its key, so a changed title leaves no stale translation behind.
        foreach (var e in events ?? [])
        {
            keys["event." + e.Title] = e.Title;
        }

        foreach (var d in ContractTables.Dimensions)
        {
            keys["dimension." + d] = d;
        }

        return keys;
    }

    /// <summary>A culture's file name is its culture: two or three lower-case letters (<c>ru</c>, <c>tr</c>, <c>kk</c>).</summary>
    public static bool IsCultureName(string name) => name.Length is 2 or 3 && name.All(char.IsAsciiLetterLower);

    public static List<DataText> Read(TextReader reader, string file, string culture, IReadOnlyDictionary<string, string> keys, ErrorList errors)
    {
        var result = new List<DataText>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in ContractTables.Rows(reader, file, Columns, errors))
        {
            var key = p.Required("key");
            var text = p.Required("text");
            if (key.Length > 0 && !keys.ContainsKey(key))
            {
                p.Fail("key", key, "names no text of this data folder (indicator.{id}.name|unit|description, entity.{code}.name for a group, dimension.{name}, event.{English title})");
            }

            if (text.Any(char.IsControl))
            {
                p.Fail("text", null, "contains a control character (line breaks and tabs included): a text is one line");
            }

            ContractTables.Unique(p, "key", key, seen);
            if (p.Ok)
            {
                result.Add(new DataText(culture, key, text));
            }
        }

        return result;
    }
}
