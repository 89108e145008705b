using Dashboard.Web.Text;

namespace Dashboard.Tests.Text;

public sealed class UnsafeTextTests
{
    [Fact]
    public void Strip_EveryUnsafeCharacter_DroppedWhileTabLineBreaksAndPairsStay()
    {
        var raw = "a\u0000b\u0001\u001F\u007F\u0080\u0085\u009Fc\uFFFE\uFFFFd\u202A\u202B\u202C\u202D\u202Ee\u2066\u2067\u2068\u2069f"
            + (char)0xDC00 + "g" + (char)0xD800 + "\t\r\n\uD83C\uDF0F ü \u200E";

        Assert.Equal("abcdefg\t\r\n\uD83C\uDF0F ü \u200E", UnsafeText.Strip(raw));
    }

    [Fact]
    public void Strip_SafeText_SameInstance()
    {
        const string Safe = "Kalkan Küçüksolak & Fırat (2023) — 中文 \t\n";

        Assert.Same(Safe, UnsafeText.Strip(Safe));
    }
}
