using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// Which side of the rows a series follows: the side that varies. One recipient and several suppliers (or any stacked
/// share) → one series per counterpart; entity and counterpart both varying → one series per pair, named
/// "Supplier → Recipient"; otherwise one series per entity.
/// </summary>
public sealed class SeriesIdentity
{
    private readonly ChartInputs _cx;
    private readonly bool _byCounterpart;
    private readonly bool _bothVary;
    private readonly bool _oneEntity;

    public SeriesIdentity(ChartInputs cx, bool stacked, int entityCount, int counterpartCount)
    {
        _cx = cx;
        _byCounterpart = stacked || (counterpartCount > 0 && entityCount == 1);
        _bothVary = !_byCounterpart && counterpartCount > 1 && entityCount > 1;
        _oneEntity = entityCount == 1;
    }

    /// <summary>True when series are counterparts (suppliers, creditors) of one or more entities.</summary>
    public bool ByCounterpart => _byCounterpart;

    /// <summary>True when series are supplier → recipient pairs.</summary>
    public bool BothVary => _bothVary;

    /// <summary>The code whose colour and dash the series takes.</summary>
    public string Code(Observation o) => _byCounterpart || _bothVary ? o.CounterpartCode ?? o.EntityCode : o.EntityCode;

    /// <summary>The rows of one series share this key.</summary>
    public string Key(Observation o) => _bothVary ? o.EntityCode + "|" + o.CounterpartCode : Code(o);

    /// <summary>The series label, as drawn: "China", "China → Kazakhstan".</summary>
    public string Name(Observation o) => _bothVary && o.CounterpartCode is not null
        ? $"{_cx.Name(o.CounterpartCode)} → {_cx.Name(o.EntityCode)}"
        : _cx.Name(Code(o));

    /// <summary>The series' identity: its entity (null when it spans several recipients) and counterpart.</summary>
    public (string? Entity, string? Counterpart) Of(Observation o) =>
        _byCounterpart && !_oneEntity ? (null, o.CounterpartCode) : (o.EntityCode, o.CounterpartCode);
}
