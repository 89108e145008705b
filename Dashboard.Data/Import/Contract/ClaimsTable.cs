using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Contract;

/// <summary>
/// The claim check (<c>claims.csv</c>): a recipe per claim, validated row by row and then across rows (a context
/// reading must name a claim, and a claim with context readings must say why its own reading is the basis).
/// </summary>
public static class ClaimsTable
{
    public static readonly string[] Methods = ["lookup", "tiv-share", "tiv-rank", "tiv-versus", "events", "none"];
    public static readonly string[] Relations = ["=", ">"];

    private static readonly string[] RecipeColumns = ["indicator", "entity", "counterpart", "rival", "title_contains", "period", "relation", "tolerance", "reading_of"];

    /// <summary>
    /// Reads the claims. Every method but <c>none</c> needs a known indicator, entity and period and a tolerance;
    /// <c>tiv-*</c> and <c>events</c> a counterpart and a year or year range; <c>tiv-versus</c> a rival, <c>events</c>
    /// the text its events' titles contain. <c>none</c> leaves the recipe empty and its explanation says why.
    /// </summary>
    public static List<Claim> Read(TextReader reader, string file, ReferenceSet refs, ErrorList errors)
    {
        var result = new List<Claim>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in ContractTables.Rows(reader, file, TableColumns.Claims, errors))
        {
            var id = p.Slug("id");
            var section = p.Required("section");
            var wording = p.Required("wording");
            var unit = p.Required("unit");
            var explanation = p.Required("explanation");
            var cited = p.Required("cited_source");
            p.Known("cited_source", cited, refs.Sources, "source");
            var statedText = p.Required("stated_value");
            var stated = p.Number("stated_value");
            if (statedText.Contains('e', StringComparison.OrdinalIgnoreCase))
            {
                p.Fail("stated_value", statedText, "must be written as the paper prints it (no exponent)");
            }

            var method = p.OneOf("method", Methods);
            var recipe = method == "none" ? null : Recipe(p, method, refs);
            if (method == "none")
            {
                foreach (var column in RecipeColumns.Where(c => p.Optional(c) is not null))
                {
                    p.Fail(column, p.Row[column], "must be empty when method is 'none' (there is nothing to recompute)");
                }
            }

            var readingOf = p.Optional("reading_of");
            if (readingOf is not null && !RowParser.IsSlug(readingOf))
            {
                p.Fail("reading_of", readingOf, "is not a valid id (use lower-case letters, digits and '-')");
            }

            var basisReason = p.Optional("basis_reason");
            if (readingOf is not null && basisReason is not null)
            {
                p.Fail("basis_reason", basisReason, "must be empty on a context reading (the claim it reads states its basis)");
            }

            ContractTables.Unique(p, "id", id, ids);
            if (p.Ok)
            {
                var dot = statedText.IndexOf('.', StringComparison.Ordinal);
                result.Add(new Claim
                {
                    Id = id,
                    SortOrder = p.Row.Line,
                    Section = section,
                    Wording = wording,
                    CitedSourceId = cited,
                    StatedValue = stated,
                    StatedText = statedText,
                    Decimals = dot < 0 ? 0 : statedText.Length - dot - 1,
                    Unit = unit,
                    Method = method,
                    IndicatorId = recipe?.Indicator,
                    EntityCode = recipe?.Entity,
                    CounterpartCode = recipe?.Counterpart,
                    RivalCode = recipe?.Rival,
                    TitleContains = recipe?.TitleContains,
                    Period = recipe?.Period,
                    Relation = recipe?.Relation ?? "=",
                    Tolerance = recipe?.Tolerance,
                    ReadingOf = readingOf,
                    BasisReason = basisReason,
                    Explanation = explanation,
                });
            }
        }

        CheckReadings(result, file, errors);
        return result;
    }

    private sealed record RecipeColumnsRead(string Indicator, string Entity, string? Counterpart, string? Rival, string? TitleContains,
        string? Period, string Relation, double Tolerance);

    private static RecipeColumnsRead Recipe(RowParser p, string method, ReferenceSet refs)
    {
        var indicator = p.Required("indicator");
        var entity = p.Required("entity");
        var yearly = method is "tiv-share" or "tiv-rank" or "tiv-versus" or "events";
        var counterpart = yearly ? p.Required("counterpart") : p.Optional("counterpart");
        p.Known("indicator", indicator, refs.IndicatorIds, "indicator");
        p.Known("entity", entity, refs.Entities, "entity");
        p.Known("counterpart", counterpart, refs.Entities, "entity");
        var rival = method == "tiv-versus" ? p.Required("rival") : Empty(p, "rival", "tiv-versus");
        p.Known("rival", rival, refs.Entities, "entity");
        if (rival is not null && rival == counterpart)
        {
            p.Fail("rival", rival, "is the counterpart itself (compare two different suppliers)");
        }

        var titleContains = method == "events" ? p.Required("title_contains") : Empty(p, "title_contains", "events");
        var parsed = p.Period("period");
        if (yearly && parsed is { Kind: PeriodKind.Month })
        {
            p.Fail("period", parsed.Value.Text, $"must be a year or a year range for '{method}' (deliveries and events are counted by year)");
        }

        var relation = p.Optional("relation") ?? "=";
        if (!Relations.Contains(relation))
        {
            p.Fail("relation", relation, "is not one of: " + string.Join(", ", Relations));
        }

        var tolerance = p.Number("tolerance");
        if (tolerance < 0)
        {
            p.Fail("tolerance", p.Row["tolerance"], "is negative (a tolerance is 0 or more)");
        }

        return new RecipeColumnsRead(indicator, entity, counterpart, rival, titleContains, parsed?.Text, relation, tolerance);
    }

    private static string? Empty(RowParser p, string column, string method)
    {
        if (p.Optional(column) is { } value)
        {
            p.Fail(column, value, $"is only used by method '{method}'");
        }

        return null;
    }

    /// <summary>A context reading names a claim that is not itself a context reading; a claim with context readings gives its basis.</summary>
    private static void CheckReadings(List<Claim> claims, string file, ErrorList errors)
    {
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var c in claims.Where(c => c.ReadingOf is not null))
        {
            if (!byId.TryGetValue(c.ReadingOf!, out var target))
            {
                errors.Add(ImportError.At(file, c.SortOrder, "reading_of", c.ReadingOf, "is not the id of a claim in this file"));
            }
            else if (target.ReadingOf is not null)
            {
                errors.Add(ImportError.At(file, c.SortOrder, "reading_of", c.ReadingOf, $"is itself a context reading (of '{target.ReadingOf}'): name the claim"));
            }
        }

        foreach (var c in claims.Where(c => c.ReadingOf is null && c.BasisReason is null && claims.Exists(r => r.ReadingOf == c.Id)))
        {
            errors.Add(ImportError.At(file, c.SortOrder, "basis_reason", null, "is required: this claim has context readings, so say why its own reading is the basis"));
        }
    }
}
