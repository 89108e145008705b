namespace Dashboard.Data.Geo;

/// <summary>Where a regional geometry file comes from and how it was made (written into the file itself).</summary>
/// <param name="Source">The dataset, e.g. "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries".</param>
/// <param name="Edition">Version or edition of the source.</param>
/// <param name="Url">The publisher's page for the dataset.</param>
/// <param name="Copy">Which copy was read (repository, path, commit).</param>
/// <param name="Licence">Terms of use.</param>
/// <param name="Credit">The credit the publisher asks for.</param>
/// <param name="ImageCredit">The short credit printed on every map image.</param>
/// <param name="SourceSha256">SHA-256 of the source file that was read.</param>
/// <param name="Derivation">Filter, clip box, rounding and checks, in words.</param>
public sealed record RegionProvenance(string Source, string Edition, string Url, string Copy, string Licence, string Credit,
    string ImageCredit, string SourceSha256, string Derivation);
