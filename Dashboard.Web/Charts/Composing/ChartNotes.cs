namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// The notes under a chart, in an explicit order whatever order the composer finds them in: first what was cut from
/// the rows read (<see cref="NoteKind.Cap"/>), then from the series drawn, then the paper's marks, then how the view was
/// chosen, then the source's own words, then the legend of symbols, then how values were derived. Within a kind, in
/// the order added.
/// </summary>
public sealed class ChartNotes
{
    private readonly List<(NoteKind Kind, string Text)> _notes = [];

    public void Add(NoteKind kind, string text) => _notes.Add((kind, text));

    public void AddRange(NoteKind kind, IEnumerable<string> texts) => _notes.AddRange(texts.Select(t => (kind, t)));

    /// <summary>The notes in order (a stable sort: within a kind, as added).</summary>
    public IReadOnlyList<string> ToList() => _notes.OrderBy(n => n.Kind).Select(n => n.Text).ToList();
}
