using System.Globalization;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import;

/// <summary>
/// The rules every observation obeys, whichever file and format it came from, with their messages — the one place
/// they are written. The data-folder build checks each row of <c>data/observations/*.csv</c> with them against the
/// folder's definitions; an upload checks each row with them against the store and the file's own definitions.
/// Text that must be parsed first (numbers, periods) is the reader's job; this checks what the row refers to and says.
/// </summary>
public sealed class ObservationRules(ReferenceSet references)
{
    public ReferenceSet References { get; } = references;

    /// <summary>The rule a repeated key breaks, naming the key and where it was first given ("dataset 'x' line 3").</summary>
    public static string Duplicate(Observation o, string existing) =>
        $"duplicates the key (indicator {o.IndicatorId}, entity {o.EntityCode}{(o.CounterpartCode is { } c ? ", counterpart " + c : string.Empty)}, period {o.Period}) already given in {existing}";

    /// <summary>
    /// Checks one observation and reports each broken rule through <paramref name="fail"/> (column, value, rule).
    /// The value's range is checked only when it was parsed (<paramref name="valueText"/> is how the file wrote it) and
    /// the row is otherwise valid. Returns true when no rule broke.
    /// </summary>
    public bool Check(Observation o, Action<string, string?, string> fail, bool valueParsed = true, string? valueText = null)
    {
        var ok = true;
        void Fail(string column, string? value, string rule)
        {
            ok = false;
            fail(column, value, rule);
        }

        var indicator = References.Indicators.GetValueOrDefault(o.IndicatorId);
        Known("indicator", o.IndicatorId, indicator is not null, "indicator");
        Known("entity", o.EntityCode, References.Entities.Contains(o.EntityCode), "entity");
        if (o.CounterpartCode is { Length: > 0 } counterpart
            && Known("counterpart", counterpart, References.Entities.Contains(counterpart), "entity") && counterpart == o.EntityCode)
        {
            Fail("counterpart", counterpart, "is the same as entity");
        }

        Known("source", o.SourceId, References.Sources.Contains(o.SourceId), "source");
        if (string.IsNullOrWhiteSpace(o.Locator))
        {
            Fail("locator", null, "is required but empty");
        }

        if (string.IsNullOrEmpty(o.Basis))
        {
            Fail("basis", null, "is required but empty");
        }
        else if (!ContractTables.Bases.Contains(o.Basis))
        {
            Fail("basis", o.Basis, "is not one of: " + string.Join(", ", ContractTables.Bases));
        }
        else if (o.Basis == "derived" && string.IsNullOrWhiteSpace(o.DerivedFrom))
        {
            Fail("derived_from", null, "is required when basis is 'derived' (say from which file and how)");
        }

        var shown = valueText ?? o.Value.ToString(CultureInfo.InvariantCulture);
        if (valueParsed && !double.IsFinite(o.Value))
        {
            Fail("value", shown, "is not a finite number (NaN and Infinity are not values: leave the row out)");
        }
        else if (valueParsed && ok && indicator is not null &&
                 ((indicator.MinValue is { } lo && o.Value < lo) || (indicator.MaxValue is { } hi && o.Value > hi)))
        {
            var range = string.Create(CultureInfo.InvariantCulture,
                $"{indicator.MinValue?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} to {indicator.MaxValue?.ToString(CultureInfo.InvariantCulture) ?? "∞"}");
            Fail("value", shown, $"is out of range for '{indicator.Id}' ({indicator.Unit}) ({range})");
        }

        return ok;

        bool Known(string column, string value, bool known, string what)
        {
            if (string.IsNullOrEmpty(value))
            {
                Fail(column, null, "is required but empty");
                return false;
            }

            if (!known)
            {
                Fail(column, value, $"is not a known {what} ({References.WhereToDefine(what)})");
            }

            return known;
        }
    }
}
