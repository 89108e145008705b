using System.Globalization;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// One page of a data table (<c>?page=N</c>, <see cref="PageOptions.RowsPerPage"/> rows each): which rows it shows and
/// the addresses of the others. Page 1 is the address without <c>page</c>, so permalinks stay as they were.
/// </summary>
public sealed record TablePage
{
    public const string Parameter = "page";

    public int Number { get; init; } = 1;

    public required int Size { get; init; }

    /// <summary>Rows of the whole table.</summary>
    public required int Rows { get; init; }

    /// <summary>The page's address without <c>page</c> (path and query).</summary>
    public string BaseUrl { get; init; } = "";

    public int Count => Math.Max(1, (Rows + Size - 1) / Size);

    public int First => Rows == 0 ? 0 : ((Number - 1) * Size) + 1;

    public int Last => Math.Min(Rows, Number * Size);

    public bool IsPaged => Count > 1;

    /// <summary>The rows of this page.</summary>
    public IEnumerable<T> Of<T>(IEnumerable<T> rows) => rows.Skip((Number - 1) * Size).Take(Size);

    /// <summary>The address of page <paramref name="number"/>, at the table.</summary>
    public string Url(int number) =>
        (number <= 1 ? BaseUrl : BaseUrl + (BaseUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Parameter + "=" + number.ToString(CultureInfo.InvariantCulture)) + "#data";

    /// <summary>A page number from the query (absent or empty: 1); false with a message naming the parameter otherwise.</summary>
    public static bool TryParseNumber(string? text, out int number, out string error)
    {
        number = 1;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1)
        {
            return true;
        }

        number = 1;
        error = Localization.Language.Current.F("{0}: '{1}' is not a page number (a whole number from 1).", Parameter, text.Length > 20 ? text[..20] + "…" : text);
        return false;
    }

    /// <summary>Page <paramref name="number"/> of <paramref name="rows"/> rows, or null with a message when there is no such page.</summary>
    public static TablePage? Of(int number, int rows, int size, string baseUrl, out string error)
    {
        var page = new TablePage { Number = number, Size = Math.Max(1, size), Rows = rows, BaseUrl = baseUrl };
        var language = Localization.Language.Current;
        error = number <= page.Count ? "" : page.Count == 1
            ? language.F("{0}: there is only 1 page of rows; page {1} does not exist.", Parameter, language.Number(number, 0))
            : language.F("{0}: there are only {1} pages of rows; page {2} does not exist.", Parameter, language.Number(page.Count, 0), language.Number(number, 0));
        return error.Length == 0 ? page : null;
    }
}
