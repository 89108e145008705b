using System.Reflection;

namespace Dashboard.Web.Localization;

/// <summary>Reads the CLDR tables embedded in the app (<c>Localization/Cldr/*.csv</c>, written by <see cref="CldrDeriver"/>).</summary>
public static class CldrCultures
{
    public const string English = "en";

    /// <summary>The rows of a table, header first, each split into fields (the tables quote fields with commas).</summary>
    public static IReadOnlyList<string[]> ReadTable(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dashboard.Web.Localization.Cldr." + name)
                           ?? throw new InvalidOperationException("the CLDR table " + name + " is not embedded in the app");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(Split(line));
            }
        }

        return rows;
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
