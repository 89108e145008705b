namespace Dashboard.Data.Import.Formats;

/// <summary>How a portal codes countries: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ; Eurostat's EL and UK), or numeric (398, the UN's M49).</summary>
public enum CountryCodeKind
{
    Alpha3,
    Alpha2,
    Numeric,
}
