namespace Dashboard.Data.Import.Formats;

/// <summary>The readers of every supported format, in the order <see cref="FormatDetector"/> tries them.</summary>
public static class DatasetReaders
{
    /// <summary>Our contract first (its header is the most specific), then the downloaded formats, then any table of countries by year.</summary>
    public static IReadOnlyList<IDatasetReader> All { get; } =
    [
        new ContractObservationsReader(),
        new SipriTradeRegisterReader(),
        new SipriDealRegisterReader(),
        .. PortalLayouts.All.Select(layout => new PortalReader(layout)),
        new OwidGrapherReader(),
        new Top500ListsReader(),
        new CountryTableReader(),
    ];
}
