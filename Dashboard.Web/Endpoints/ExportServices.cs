using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Endpoints;

/// <summary>The services of the export endpoints (pack and deck), bound with <c>[AsParameters]</c>.</summary>
public sealed record ExportServices(
    ChartResolver Resolver,
    BriefingPackBuilder Packs,
    PptxBuilder Decks,
    DeckTemplates Templates,
    IOptions<ChartOptions> ChartOptions,
    IOptions<ExportOptions> ExportOptions,
    PublicBaseUrl PublicBaseUrl,
    TimeProvider Clock);
