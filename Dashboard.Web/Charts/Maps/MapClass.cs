namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// One class of a choropleth: values from <see cref="Low"/> (inclusive) to <see cref="High"/> (exclusive, except in
/// the last class), or exactly <see cref="Low"/> when both are equal (the zero class, a single whole number), with
/// the text its legend entry shows ("0", "1", "10–20", "&lt; 20", "-10 to 0").
/// </summary>
public sealed record MapClass(double Low, double High, string Label)
{
    public bool IsSingleValue => Low == High;
}
