namespace Dashboard.Data.Import;

/// <summary>How far an import is: <see cref="Phase"/> is "reading" (bytes of the file), "checking" (rows checked against the rules and the store) or "writing" (rows written).</summary>
public readonly record struct ImportProgress(string Phase, long Done, long Total)
{
    public const string Reading = "reading";
    public const string Checking = "checking";
    public const string Writing = "writing";

    /// <summary>0–100, or null when the total is unknown.</summary>
    public int? Percent => Total > 0 ? (int)Math.Min(100, Done * 100 / Total) : null;
}
