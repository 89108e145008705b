namespace Dashboard.Data.Import.Contract;

/// <summary>The columns a table of the data contract allows, and which of them the header must have.</summary>
public sealed record TableColumns(IReadOnlyList<string> All, IReadOnlyList<string> Required)
{
    public static readonly TableColumns Sources = new(
        ["id", "citation", "url", "publisher", "licence", "edition", "accessed"],
        ["id", "citation"]);

    public static readonly TableColumns Indicators = new(
        ["id", "name", "unit", "dimension", "description", "chart_kind", "min_value", "max_value", "display_precision", "missing_means_zero", "map_classes"],
        ["id", "name", "unit", "dimension", "description", "chart_kind"]);

    public static readonly TableColumns Entities = new(
        ["code", "name", "kind", "members"],
        ["code", "name", "kind"]);

    public static readonly TableColumns Observations = new(
        ["indicator", "entity", "counterpart", "period", "period_as_stated", "value", "source", "locator", "basis", "derived_from", "note"],
        ["indicator", "entity", "period", "value", "source", "locator", "basis"]);

    public static readonly TableColumns Events = new(
        ["date", "precision", "actor", "country", "dimension", "title", "source", "locator", "note"],
        ["date", "precision", "actor", "dimension", "title", "source", "locator"]);

    public static readonly TableColumns Projects = new(
        ["id", "name", "city", "country", "year", "vendor", "cameras", "cost_usd_m", "loan_usd_m", "lender", "source", "locator", "note"],
        ["id", "name", "country", "source", "locator"]);

    public static readonly TableColumns Claims = new(
        ["id", "section", "wording", "cited_source", "stated_value", "unit", "method", "indicator", "entity", "counterpart", "rival", "title_contains",
         "period", "relation", "tolerance", "reading_of", "basis_reason", "explanation"],
        ["id", "section", "wording", "cited_source", "stated_value", "unit", "method", "explanation"]);
}
