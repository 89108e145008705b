namespace Dashboard.Data.Import;

/// <summary>What applying a dataset would change for one indicator, counted by observation key.</summary>
public sealed class IndicatorDiff
{
    public const int MaxSamples = 5;

    public IndicatorDiff(string indicatorId) => IndicatorId = indicatorId;

    public string IndicatorId { get; }

    /// <summary>Keys the dataset did not have before.</summary>
    public long New { get; internal set; }

    /// <summary>Keys whose value or provenance differs from the dataset's previous version.</summary>
    public long Changed { get; internal set; }

    /// <summary>Keys of the previous version that the new file no longer has.</summary>
    public long Removed { get; internal set; }

    public long Unchanged { get; internal set; }

    /// <summary>A few examples of each kind of change.</summary>
    public List<DiffSample> Samples { get; } = [];

    internal void Sample(DiffSample sample)
    {
        if (Samples.Count(s => s.Kind == sample.Kind) < MaxSamples)
        {
            Samples.Add(sample);
        }
    }
}
