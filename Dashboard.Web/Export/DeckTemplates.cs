using System.Collections.Concurrent;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Decks;

namespace Dashboard.Web.Export;

/// <summary>
/// The briefer's template of a deck: one an admin uploaded (<c>template=id</c>, kept in the store) or one posted with
/// the request. Either way the file is checked by <see cref="PptxTemplate.Open"/>; a problem is a 400 naming
/// <c>template</c>. Checked templates are kept in memory by content hash (a few at most), so a deck does not parse its
/// template twice.
/// </summary>
public sealed class DeckTemplates(TemplateQueries queries)
{
    private const int Cached = 8;
    private readonly ConcurrentDictionary<string, PptxTemplate> _checked = new(StringComparer.Ordinal);

    /// <summary>The uploaded template named <paramref name="id"/>, none when it is empty, or what is wrong.</summary>
    public async Task<(PptxTemplate? Template, ParameterErrors Errors)> FindAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return (null, ParameterErrors.None);
        }

        id = id.Trim();
        if (!RowParser.IsSlug(id))
        {
            return (null, ParameterErrors.Of("template", $"'{DeckChoice.Shorten(id)}' is not a template id (lower-case letters, digits and hyphens)."));
        }

        if (await queries.GetContentAsync(id, ct) is not { } stored)
        {
            var known = (await queries.GetTemplatesAsync(ct)).Select(t => t.Id).ToList();
            return (null, ParameterErrors.Of("template", known.Count == 0
                ? $"There is no template '{id}': none has been uploaded (an admin uploads them at /admin/templates), or post the file as 'template'."
                : $"There is no template '{id}'; uploaded templates: {string.Join(", ", known)}."));
        }

        if (_checked.TryGetValue(stored.ContentHash, out var template))
        {
            return (template, ParameterErrors.None);
        }

        var (opened, errors) = Check(stored.Content, $"template '{id}'");
        if (opened is not null)
        {
            if (_checked.Count >= Cached)
            {
                _checked.Clear();
            }

            _checked[stored.ContentHash] = opened;
        }

        return (opened, errors);
    }

    /// <summary>A template file as uploaded or posted, or the 400 that says why it cannot be used.</summary>
    public static (PptxTemplate? Template, ParameterErrors Errors) Check(byte[] bytes, string what = "The template")
    {
        var (template, problem) = PptxTemplate.Open(bytes);
        return template is null
            ? (null, ParameterErrors.Of("template", $"{what} cannot be used: {problem}. A deck template is a PowerPoint template (.potx) or presentation (.pptx) saved by PowerPoint or LibreOffice Impress."))
            : (template, ParameterErrors.None);
    }
}
