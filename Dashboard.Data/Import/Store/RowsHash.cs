using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// SHA-256 over every field of the rows a dataset stores, in the order they are written: two imports that store the
/// same rows have the same hash, and any change of a row (value, key, source, locator, note, …) changes it. The data
/// version is computed from it (see <see cref="Database.NewDataVersion"/>).
/// </summary>
internal sealed class RowsHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _row = new();

    public void Add(Observation o, int line)
    {
        _row.Clear();
        foreach (var field in new[] { o.IndicatorId, o.EntityCode, o.CounterpartCode, o.Period, o.PeriodAsStated, o.SourceId, o.Locator, o.Basis, o.DerivedFrom, o.Note })
        {
            // Length-prefixed, so no two different rows write the same text; null differs from empty.
            _row.Append(field is null ? "-1" : field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        _row.Append(o.Value.ToString("R", CultureInfo.InvariantCulture)).Append('|').Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        _hash.AppendData(Encoding.UTF8.GetBytes(_row.ToString()));
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
